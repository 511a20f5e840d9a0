package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument and Office Open XML files without their authors. The document properties are replaced by empty ones —
 * {@code docProps/core.xml} (creator, last modified by, title, dates), {@code docProps/app.xml} (company, manager,
 * template), {@code docProps/custom.xml} and OpenDocument's {@code meta.xml} — rather than removed, so that every
 * relationship and manifest entry still names a part. In the other XML parts, the authors of comments and tracked
 * changes are blanked ({@code w:author}, {@code dc:creator}, a workbook's comment authors, a presentation's), and the
 * pictures the document holds lose their own metadata (EXIF and the like) as attachments do. The archive is rewritten
 * entry by entry; OpenDocument's {@code mimetype} stays first and stored.
 */
public final class OfficeMetadata implements MetadataStripper {

    private static final int MAX_ENTRIES = 10_000;
    private static final long MAX_INFLATED = 512L * 1024 * 1024;
    private static final int MAX_PART = 64 * 1024 * 1024;

    private static final Map<String, AttachmentType> OPEN_DOCUMENT = Map.of(
            AttachmentType.ODT.mediaType(), AttachmentType.ODT,
            AttachmentType.ODS.mediaType(), AttachmentType.ODS,
            AttachmentType.ODP.mediaType(), AttachmentType.ODP);
    private static final Map<String, AttachmentType> OFFICE_OPEN_XML = Map.of(
            "word/document.xml", AttachmentType.DOCX,
            "xl/workbook.xml", AttachmentType.XLSX,
            "ppt/presentation.xml", AttachmentType.PPTX);

    private static final String CORE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>";
    private static final String APP = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"/>";
    private static final String CUSTOM = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"/>";
    private static final String META = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "office:version=\"%s\"><office:meta/></office:document-meta>";
    private static final Pattern ODF_VERSION = Pattern.compile("office:version=\"([0-9.]{1,8})\"");

    /** Attributes naming a person in the parts of a document: comment and revision authors, their initials and ids. */
    private static final Pattern PERSON_ATTRIBUTES = Pattern.compile(
            "(\\s[A-Za-z0-9]+:(?:author|initials|userId|providerId|displayName)\\s*=\\s*)(\"[^\"]*\"|'[^']*')");
    private static final Pattern PERSON_ELEMENTS = Pattern.compile(
            "(<(dc:creator|meta:creator-initials|meta:initial-creator|author)>)[^<]*(</\\2>)");
    /** A presentation's comment authors and a workbook's people, whose attributes are not prefixed. */
    private static final Pattern AUTHOR_LISTS = Pattern.compile("ppt/commentAuthors\\.xml|ppt/authors\\.xml|xl/persons/[^/]+\\.xml");
    private static final Pattern UNPREFIXED_PERSON = Pattern.compile(
            "(\\s(?:name|initials|userId|providerId|displayName)\\s*=\\s*)(\"[^\"]*\"|'[^']*')");

    private final Map<AttachmentType, MetadataStripper> pictures = Map.of(
            AttachmentType.JPEG, new JpegMetadata(), AttachmentType.PNG, new PngMetadata(),
            AttachmentType.GIF, new GifMetadata(), AttachmentType.WEBP, new WebpMetadata());

    /**
     * The office type a ZIP archive holds, if one: by OpenDocument's {@code mimetype} entry or Office Open XML's main
     * part; documents carrying macros are refused, an archive of anything else is not office.
     */
    static Optional<AttachmentType> typeOf(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            AttachmentType found = null;
            boolean contentTypes = false;
            boolean macros = false;
            int entries = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw Bytes.unreadable("the archive holds more than " + MAX_ENTRIES + " entries");
                }
                String name = entry.getName();
                if (entries == 1 && name.equals("mimetype")) {
                    found = OPEN_DOCUMENT.get(new String(bounded(in, 200), StandardCharsets.US_ASCII).strip());
                } else if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                    String types = new String(bounded(in, MAX_PART), StandardCharsets.UTF_8);
                    // A macro project may be renamed; the type it must declare gives it away.
                    macros |= types.contains("macroEnabled") || types.contains("vnd.ms-office.vbaProject");
                } else if (OFFICE_OPEN_XML.containsKey(name) && found == null) {
                    found = OFFICE_OPEN_XML.get(name);
                }
                macros |= name.endsWith("vbaProject.bin") || name.startsWith("Basic/") || name.startsWith("Scripts/");
            }
            if (found != null && OFFICE_OPEN_XML.containsValue(found) && !contentTypes) {
                return Optional.empty();
            }
            if (found != null && macros) {
                throw new Refused(AttachmentRefusal.TYPE_NOT_ACCEPTED,
                        "Office documents with macros are not accepted: save it without them (.docx, .xlsx, .pptx, .odt…).");
            }
            return Optional.ofNullable(found);
        } catch (IOException e) {
            throw Bytes.unreadable("the ZIP archive is damaged or encrypted");
        }
    }

    @Override
    public byte[] strip(byte[] zip) {
        ByteArrayOutputStream stripped = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(stripped)) {
            Set<String> names = new HashSet<>();
            long inflated = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (names.size() >= MAX_ENTRIES || !names.add(name)) {
                    throw Bytes.unreadable("the archive holds too many entries or twice the same one");
                }
                byte[] content = bounded(in, MAX_PART);
                inflated += content.length;
                if (inflated > MAX_INFLATED) {
                    throw Bytes.unreadable("the archive expands to more than " + MAX_INFLATED / (1024 * 1024) + " MB");
                }
                write(out, name, clean(name, content), name.equals("mimetype"));
            }
            out.finish();
        } catch (ZipException e) {
            throw Bytes.unreadable("the ZIP archive is damaged or encrypted");
        } catch (IOException e) {
            throw Bytes.unreadable("the ZIP archive cannot be read");
        }
        return stripped.toByteArray();
    }

    private byte[] clean(String name, byte[] content) {
        switch (name) {
            case "docProps/core.xml":
                return CORE.getBytes(StandardCharsets.UTF_8);
            case "docProps/app.xml":
                return APP.getBytes(StandardCharsets.UTF_8);
            case "docProps/custom.xml":
                return CUSTOM.getBytes(StandardCharsets.UTF_8);
            case "meta.xml":
                Matcher version = ODF_VERSION.matcher(new String(content, StandardCharsets.UTF_8));
                return String.format(META, version.find() ? version.group(1) : "1.2").getBytes(StandardCharsets.UTF_8);
            default:
                break;
        }
        if (name.endsWith(".xml") || name.endsWith(".rels")) {
            String xml = new String(content, StandardCharsets.UTF_8);
            xml = PERSON_ATTRIBUTES.matcher(xml).replaceAll("$1\"\"");
            xml = PERSON_ELEMENTS.matcher(xml).replaceAll("$1$3");
            if (AUTHOR_LISTS.matcher(name).matches()) {
                xml = UNPREFIXED_PERSON.matcher(xml).replaceAll("$1\"\"");
            }
            return xml.getBytes(StandardCharsets.UTF_8);
        }
        Optional<AttachmentType> picture = ContentSniffer.pictureOf(content);
        if (picture.isPresent() && pictures.containsKey(picture.get())) {
            return pictures.get(picture.get()).strip(content);
        }
        return content;
    }

    private static void write(ZipOutputStream out, String name, byte[] content, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }

    private static byte[] bounded(InputStream in, int max) throws IOException {
        byte[] content = in.readNBytes(max + 1);
        if (content.length > max) {
            throw Bytes.unreadable("one of the archive's parts is larger than " + max / (1024 * 1024) + " MB");
        }
        return content;
    }
}
