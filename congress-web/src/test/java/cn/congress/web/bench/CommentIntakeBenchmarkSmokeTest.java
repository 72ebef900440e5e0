package cn.congress.web.bench;

/** {@link CommentIntakeBenchmark} at its small size in the normal suite: nothing accepted is lost, nothing refused; its time is not checked. */
class CommentIntakeBenchmarkSmokeTest extends CommentIntakeBenchmark {
}
