package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static fr.education.traam.productions.attachment.AttachmentSamples.PUPIL;
import static fr.education.traam.productions.attachment.AttachmentSamples.ascii;
import static fr.education.traam.productions.attachment.AttachmentSamples.concat;
import static fr.education.traam.productions.attachment.AttachmentSamples.ebml;
import static fr.education.traam.productions.attachment.AttachmentSamples.namesThePupil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A WebM loses its title and tags to Void elements of their size: the media stays where the seek head says. */
class WebmMetadataTest {

    private static final long EBML = 0x1A45DFA3L, DOC_TYPE = 0x4282, SEGMENT = 0x18538067L, INFO = 0x1549A966L,
            TIMECODE_SCALE = 0x2AD7B1, TITLE = 0x7BA9, TAGS = 0x1254C367L, TAG = 0x7373, SIMPLE_TAG = 0x67C8,
            TAG_NAME = 0x45A3, TAG_STRING = 0x4487, CLUSTER = 0x1F43B675L, TIMECODE = 0xE7, SIMPLE_BLOCK = 0xA3, VOID = 0xEC;

    private static final byte[] HEADER = ebml(EBML, ebml(DOC_TYPE, ascii("webm")));
    private static final byte[] CLUSTER_BYTES = ebml(CLUSTER, ebml(TIMECODE, new byte[]{0}),
            ebml(SIMPLE_BLOCK, ascii("\u0081\0\0\u0080IMAGES-DE-LA-VIDEO")));

    @Test
    void the_title_and_the_tags_become_void_elements_of_their_size_and_the_cluster_stays_where_it_was() {
        byte[] info = ebml(INFO, ebml(TIMECODE_SCALE, new byte[]{0x0F, 0x42, 0x40}), ebml(TITLE, ascii("Classe de " + PUPIL)));
        byte[] tags = ebml(TAGS, ebml(TAG, ebml(SIMPLE_TAG, ebml(TAG_NAME, ascii("ARTIST")), ebml(TAG_STRING, ascii(PUPIL)))));
        byte[] webm = concat(HEADER, ebml(SEGMENT, info, tags, CLUSTER_BYTES));
        assertThat(ContentSniffer.typeOf(webm)).isEqualTo(AttachmentType.WEBM);
        assertThat(namesThePupil(webm)).as("the sample names the pupil").isTrue();

        byte[] stripped = new WebmMetadata().strip(webm);

        assertThat(namesThePupil(stripped)).isFalse();
        assertThat(stripped).as("no byte moved").hasSameSizeAs(webm);
        int clusterAt = webm.length - CLUSTER_BYTES.length;
        assertThat(Arrays.copyOfRange(stripped, clusterAt, stripped.length)).as("the media, byte for byte").isEqualTo(CLUSTER_BYTES);
        assertThat(Arrays.copyOf(stripped, HEADER.length)).isEqualTo(HEADER);

        List<Element> top = children(stripped, 0, stripped.length);
        assertThat(top).extracting(Element::id).containsExactly(EBML, SEGMENT);
        List<Element> segment = children(stripped, top.get(1).data(), top.get(1).end());
        assertThat(segment).extracting(Element::id).as("the tags voided in place").containsExactly(INFO, VOID, CLUSTER);
        assertThat(segment.get(1).end() - segment.get(1).start()).isEqualTo(tags.length);
        assertThat(children(stripped, segment.get(0).data(), segment.get(0).end())).extracting(Element::id)
                .as("the title voided, the timecode scale kept").containsExactly(TIMECODE_SCALE, VOID);
        assertThat(ContentSniffer.typeOf(stripped)).isEqualTo(AttachmentType.WEBM);
    }

    @Test
    void a_browser_s_recording_of_unknown_sizes_loses_the_tags_after_its_clusters_and_keeps_the_clusters() {
        byte[] cluster = concat(ascii("\u001f\u0043\u00b6\u0075\u00ff"), ebml(TIMECODE, new byte[]{0}),
                ebml(SIMPLE_BLOCK, ascii("\u0081\0\0\u0080IMAGES-DE-LA-VIDEO"))); // a cluster of unknown size, as MediaRecorder writes
        byte[] tags = ebml(TAGS, ebml(TAG, ebml(SIMPLE_TAG, ebml(TAG_NAME, ascii("ARTIST")), ebml(TAG_STRING, ascii(PUPIL)))));
        byte[] segment = concat(ascii("\u0018\u0053\u0080\u0067\u0001\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff"),
                ebml(INFO, ebml(TIMECODE_SCALE, new byte[]{0x0F, 0x42, 0x40})), cluster, cluster, tags);
        byte[] webm = concat(HEADER, segment);

        byte[] stripped = new WebmMetadata().strip(webm);

        assertThat(namesThePupil(stripped)).isFalse();
        assertThat(stripped).hasSameSizeAs(webm);
        int tagsAt = webm.length - tags.length;
        assertThat(Arrays.copyOf(stripped, tagsAt)).as("everything before the tags, byte for byte").isEqualTo(Arrays.copyOf(webm, tagsAt));
        assertThat(stripped[tagsAt] & 0xff).as("a Void element where the tags were").isEqualTo(VOID);
    }

    @Test
    void an_element_whose_size_goes_past_its_parent_is_refused_as_unreadable() {
        byte[] scale = ebml(TIMECODE_SCALE, new byte[]{0x0F, 0x42, 0x40});
        byte[] title = ebml(TITLE, ascii("Classe de " + PUPIL));
        scale[3] = (byte) (0x80 | (scale.length + title.length + 8)); // past the info, into the cluster: the title would be skipped
        byte[] webm = concat(HEADER, ebml(SEGMENT, ebml(INFO, scale, title), CLUSTER_BYTES));

        assertThatThrownBy(() -> new WebmMetadata().strip(webm)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(AttachmentRefusal.UNREADABLE));
    }

    /** The elements that exactly fill {@code from} to {@code to}: one that overruns them fails the test. */
    private static List<Element> children(byte[] b, int from, int to) {
        List<Element> elements = new ArrayList<>();
        int at = from;
        while (at < to) {
            Element element = Element.at(b, at);
            assertThat(element.end()).as("element %x at %d ends inside its parent", element.id(), at).isLessThanOrEqualTo(to);
            elements.add(element);
            at = element.end();
        }
        assertThat(at).as("the children fill their parent").isEqualTo(to);
        return elements;
    }

    private record Element(int start, long id, int data, int end) {

        static Element at(byte[] b, int at) {
            int idLength = Integer.numberOfLeadingZeros(b[at] & 0xff) - 23;
            long id = 0;
            for (int i = 0; i < idLength; i++) {
                id = id << 8 | (b[at + i] & 0xff);
            }
            int sizeAt = at + idLength;
            int sizeLength = Integer.numberOfLeadingZeros(b[sizeAt] & 0xff) - 23;
            long size = b[sizeAt] & (0xFF >> sizeLength);
            for (int i = 1; i < sizeLength; i++) {
                size = size << 8 | (b[sizeAt + i] & 0xff);
            }
            int data = sizeAt + sizeLength;
            return new Element(at, id, data, (int) (data + size));
        }
    }
}
