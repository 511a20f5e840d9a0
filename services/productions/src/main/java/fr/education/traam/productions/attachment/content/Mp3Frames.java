package fr.education.traam.productions.attachment.content;

/** MPEG audio frame headers, which an MP3 is a sequence of. */
final class Mp3Frames {

    private static final int[][] BITRATES_KBPS = {
            // MPEG-1 Layer III
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0},
            // MPEG-2 and 2.5 Layer III
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0}};
    private static final int[][] SAMPLE_RATES = {{44100, 48000, 32000}, {22050, 24000, 16000}, {11025, 12000, 8000}};

    private Mp3Frames() {
    }

    /** Whether a Layer III frame header with a valid bit rate and sample rate starts at {@code at}. */
    static boolean isFrameHeader(byte[] b, int at) {
        return frameLength(b, at) > 0;
    }

    /** The length of the Layer III frame starting at {@code at}, or 0 when none does. */
    static int frameLength(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length || (b[at] & 0xff) != 0xFF || (b[at + 1] & 0xE0) != 0xE0) {
            return 0;
        }
        int version = (b[at + 1] >> 3) & 0x03; // 0: MPEG 2.5, 2: MPEG 2, 3: MPEG 1
        int layer = (b[at + 1] >> 1) & 0x03; // 1: Layer III
        int bitrateIndex = (b[at + 2] >> 4) & 0x0F;
        int rateIndex = (b[at + 2] >> 2) & 0x03;
        int padding = (b[at + 2] >> 1) & 0x01;
        if (version == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return 0;
        }
        boolean mpeg1 = version == 3;
        int bitrate = BITRATES_KBPS[mpeg1 ? 0 : 1][bitrateIndex] * 1000;
        int sampleRate = SAMPLE_RATES[version == 3 ? 0 : version == 2 ? 1 : 2][rateIndex];
        return (mpeg1 ? 144 : 72) * bitrate / sampleRate + padding;
    }
}
