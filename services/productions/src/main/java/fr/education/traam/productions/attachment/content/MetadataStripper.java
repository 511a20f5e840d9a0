package fr.education.traam.productions.attachment.content;

/** Removes the metadata of one type of file, leaving a file of the same type that still renders. */
@FunctionalInterface
public interface MetadataStripper {

    /**
     * The bytes without their metadata.
     *
     * @throws fr.education.traam.kit.domain.Refused {@code UNREADABLE} when the bytes do not follow their format, so that
     *                                                nothing is stored unstripped
     */
    byte[] strip(byte[] content);
}
