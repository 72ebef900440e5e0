package cn.congress.legislation.consultation;

/**
 * Sends a text message. A deployment provides its operator's gateway as a bean; without one, the development
 * gateway writes the message to the log ({@link LoggingSmsGateway}).
 */
public interface SmsGateway {

    void send(String phone, String message);
}
