package fr.education.traam.productions.attachment.web;

import fr.education.traam.kit.web.ProblemCatalogue;
import fr.education.traam.kit.web.ProblemType;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import static fr.education.traam.kit.web.ProblemType.notFound;
import static fr.education.traam.kit.web.ProblemType.unprocessable;
import static fr.education.traam.kit.web.ProblemType.unsupportedMediaType;

/**
 * The attachments' refusals over HTTP. An upload over Spring's multipart limits never reaches the use case: the kit
 * answers it {@code 413 content-too-large} (its advice handles {@code MaxUploadSizeExceededException}).
 */
@Configuration(proxyBeanMethods = false)
class AttachmentsProblems {

    @Bean
    ProblemCatalogue attachmentProblems() {
        return ProblemCatalogue.of(AttachmentRefusal.class, AttachmentsProblems::of);
    }

    /** The problem type of {@code refusal}: the catalogue's, and the one {@link AttachmentResponses} answers itself. */
    static ProblemType of(AttachmentRefusal refusal) {
        return switch (refusal) {
            case EMPTY -> unprocessable("attachment-empty", "Empty attachment");
            case TOO_LARGE -> new ProblemType("attachment-too-large", "Attachment too large", HttpStatus.CONTENT_TOO_LARGE);
            case TYPE_NOT_ACCEPTED -> unsupportedMediaType("attachment-type-not-accepted", "Attachment type not accepted");
            case UNREADABLE -> unprocessable("attachment-unreadable", "Attachment unreadable");
            case ATTACHMENT_NOT_FOUND -> notFound("attachment-not-found", "Attachment not found");
            case RANGE_NOT_SATISFIABLE -> new ProblemType("attachment-range-not-satisfiable", "Range not satisfiable",
                    HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
        };
    }
}
