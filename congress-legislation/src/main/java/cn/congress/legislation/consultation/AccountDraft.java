package cn.congress.legislation.consultation;

/** A draft as a logged-in reader sees it, with what this reader may do: comment from the account, or send a contact point's batch. */
public record AccountDraft(ConsultationView view, boolean canComment, boolean canBatch) {
}
