package fr.education.traam.productions.attachment.application;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.content.JpegMetadata;
import fr.education.traam.productions.attachment.content.MetadataStripper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A PDF without its metadata, rewritten whole by PDFBox: the Info dictionary (author, title, creator, dates) is
 * emptied, the document's, the pages' and the images' XMP streams are removed with the applications' private data
 * ({@code PieceInfo}), and the JPEG pictures it holds lose their EXIF. The rewrite holds only what the document
 * reaches, so earlier revisions of an incrementally saved file go too; it is not compressed into object streams, so
 * what it says can be audited. An encrypted PDF is refused: it cannot be read to be stripped.
 */
final class PdfMetadata implements MetadataStripper {

    private final JpegMetadata jpeg = new JpegMetadata();

    @Override
    public byte[] strip(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw unreadable("a PDF protected by a password cannot be stripped of its metadata; send it unprotected");
            }
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.PIECE_INFO);
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : document.getPages()) {
                page.setMetadata(null);
                page.getCOSObject().removeItem(COSName.PIECE_INFO);
                resources(page.getResources(), seen);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (InvalidPasswordException e) {
            throw unreadable("a PDF protected by a password cannot be stripped of its metadata; send it unprotected");
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw unreadable("the PDF is damaged");
        }
    }

    /** The images and forms a page (or a form) draws, each once even if forms draw each other. */
    private void resources(PDResources resources, Set<COSBase> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object == null || !seen.add(object.getCOSObject())) {
                continue;
            }
            object.getCOSObject().removeItem(COSName.METADATA);
            object.getCOSObject().removeItem(COSName.PIECE_INFO);
            if (object instanceof PDImageXObject image && COSName.DCT_DECODE.equals(image.getCOSObject().getDictionaryObject(COSName.FILTER))) {
                // A JPEG in a PDF is the camera's file, EXIF included.
                COSStream stream = image.getCOSObject();
                byte[] raw;
                try (InputStream in = stream.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
                byte[] stripped = jpeg.strip(raw);
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(stripped);
                }
            } else if (object instanceof PDFormXObject form) {
                resources(form.getResources(), seen);
            }
        }
    }

    private static Refused unreadable(String why) {
        return new Refused(AttachmentRefusal.UNREADABLE, "The PDF cannot be stored: " + why + ".");
    }
}
