package fr.education.traam.contract.productions;

/**
 * A file published with a production, served at {@code url} once the production is public.
 *
 * @param textAlternative what an image or a video shows, for those who cannot see it ({@code null} for a document)
 * @param captionsId      for a video, the attachment holding its captions (WebVTT), or {@code null}
 * @param transcript      for a video or a sound, its transcript, or {@code null}
 */
public record PublishedAttachment(
        String attachmentId,
        String fileName,
        String contentType,
        long size,
        String url,
        String textAlternative,
        String captionsId,
        String transcript) {
}
