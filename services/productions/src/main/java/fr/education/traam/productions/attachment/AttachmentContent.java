package fr.education.traam.productions.attachment;

import java.io.IOException;
import java.io.InputStream;

/** An attachment's stored bytes, which may be read more than once (a range request reads from where it starts). */
@FunctionalInterface
public interface AttachmentContent {

    /** A new stream over the bytes, from the first; the caller closes it. */
    InputStream open() throws IOException;
}
