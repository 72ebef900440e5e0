package cn.congress.oversight.inspection;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface InquiryQuestionRepository extends JpaRepository<InquiryQuestion, Long> {
    List<InquiryQuestion> findByTopicIdOrderBySeq(long topicId);

    @Query("select coalesce(max(q.seq), 0) from InquiryQuestion q where q.topicId = :topicId")
    int maxSeq(long topicId);
}
