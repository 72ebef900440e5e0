import com.sun.tools.attach.VirtualMachine;

/**
 * Loads async-profiler's native library into a running JVM with a command (start, stop, status): run as a
 * single-file program, {@code java bench/profile/Attach.java PID LIBRARY COMMAND}. The agent prints its answers to
 * the target JVM's standard output.
 */
public class Attach {
    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
