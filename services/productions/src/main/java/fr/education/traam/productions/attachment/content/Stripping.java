package fr.education.traam.productions.attachment.content;

import fr.education.traam.productions.attachment.AttachmentType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The stripper of every accepted type: one for each, or the platform does not start. */
public final class Stripping {

    private final Map<AttachmentType, MetadataStripper> strippers;

    private Stripping(Map<AttachmentType, MetadataStripper> strippers) {
        for (AttachmentType type : AttachmentType.values()) {
            Objects.requireNonNull(strippers.get(type), () -> "no metadata stripper for " + type);
        }
        this.strippers = strippers;
    }

    /** The plain-Java strippers, with {@code pdf}'s, which needs a PDF library. */
    public static Stripping with(MetadataStripper pdf) {
        Map<AttachmentType, MetadataStripper> strippers = new EnumMap<>(AttachmentType.class);
        strippers.put(AttachmentType.PNG, new PngMetadata());
        strippers.put(AttachmentType.JPEG, new JpegMetadata());
        strippers.put(AttachmentType.WEBP, new WebpMetadata());
        strippers.put(AttachmentType.GIF, new GifMetadata());
        strippers.put(AttachmentType.PDF, pdf);
        strippers.put(AttachmentType.MP4, new Mp4Metadata());
        strippers.put(AttachmentType.WEBM, new WebmMetadata());
        strippers.put(AttachmentType.MP3, new Mp3Metadata());
        strippers.put(AttachmentType.WEBVTT, new WebVttMetadata());
        MetadataStripper office = new OfficeMetadata();
        for (AttachmentType type : new AttachmentType[]{AttachmentType.ODT, AttachmentType.ODS, AttachmentType.ODP,
                AttachmentType.DOCX, AttachmentType.XLSX, AttachmentType.PPTX}) {
            strippers.put(type, office);
        }
        return new Stripping(strippers);
    }

    public byte[] strip(AttachmentType type, byte[] content) {
        return strippers.get(type).strip(content);
    }
}
