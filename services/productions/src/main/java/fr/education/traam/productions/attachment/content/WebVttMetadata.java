package fr.education.traam.productions.attachment.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * WebVTT captions without what is not a caption: the header keeps its {@code WEBVTT} and loses the text after it and
 * the lines under it (old metadata headers), and {@code NOTE} blocks — comments, often who transcribed or who speaks —
 * are dropped; cues, styles and regions stay. The text must be UTF-8, as WebVTT is.
 */
public final class WebVttMetadata implements MetadataStripper {

    @Override
    public byte[] strip(byte[] vtt) {
        String text = decode(vtt);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!isWebVtt(text)) {
            throw Bytes.unreadable("WebVTT starts with the line WEBVTT");
        }
        String[] blocks = text.split("\n{2,}");
        List<String> kept = new ArrayList<>();
        kept.add("WEBVTT");
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i].strip();
            if (!block.isEmpty() && !isNote(block)) {
                kept.add(block);
            }
        }
        return (String.join("\n\n", kept) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static boolean isWebVtt(String text) {
        return text.startsWith("WEBVTT") && (text.length() == 6 || " \t\n".indexOf(text.charAt(6)) >= 0);
    }

    private static boolean isNote(String block) {
        return block.startsWith("NOTE") && (block.length() == 4 || " \t\n".indexOf(block.charAt(4)) >= 0);
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Bytes.unreadable("WebVTT is UTF-8 text");
        }
    }
}
