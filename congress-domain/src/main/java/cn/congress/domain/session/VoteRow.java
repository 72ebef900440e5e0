package cn.congress.domain.session;

/** A vote as an agenda item or a list shows it: its state and, once closed, its counts and outcome. */
public record VoteRow(long id, String title, String meetingTitle, VoteStatus status, boolean secret, boolean closed,
                      Integer yes, Integer no, Integer abstain, Integer notVoting, Boolean adopted) {

    static VoteRow of(Vote v) {
        return new VoteRow(v.getId(), v.getTitle(), v.getMeeting().getTitle(), v.getStatus(), v.isSecret(), v.isClosed(),
                v.getYes(), v.getNo(), v.getAbstain(), v.getNotVoting(), v.getAdopted());
    }
}
