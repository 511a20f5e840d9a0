package fr.education.traam.productions.attachment.content;

import fr.education.traam.kit.domain.Refused;
import fr.education.traam.productions.attachment.AttachmentRefusal;
import fr.education.traam.productions.attachment.AttachmentType;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static fr.education.traam.productions.attachment.AttachmentSamples.PUPIL;
import static fr.education.traam.productions.attachment.AttachmentSamples.concat;
import static fr.education.traam.productions.attachment.AttachmentSamples.id3v1;
import static fr.education.traam.productions.attachment.AttachmentSamples.id3v2;
import static fr.education.traam.productions.attachment.AttachmentSamples.mp3Frames;
import static fr.education.traam.productions.attachment.AttachmentSamples.namesThePupil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An MP3 loses the tags before and after its audio, and keeps its frames byte for byte. */
class Mp3MetadataTest {

    @Test
    void the_id3v2_tag_and_the_id3v1_trailer_are_cut_and_the_frames_kept_byte_for_byte() {
        Map<String, String> frames = new LinkedHashMap<>();
        frames.put("TIT2", "Podcast de " + PUPIL);
        frames.put("TPE1", PUPIL);
        byte[] audio = mp3Frames(3);
        byte[] mp3 = concat(id3v2(frames), audio, id3v1("Podcast", PUPIL));
        assertThat(ContentSniffer.typeOf(mp3)).isEqualTo(AttachmentType.MP3);
        assertThat(namesThePupil(mp3)).as("the sample names the pupil").isTrue();

        byte[] stripped = new Mp3Metadata().strip(mp3);

        assertThat(stripped).as("the frames, and nothing else").isEqualTo(audio);
        assertThat(namesThePupil(stripped)).isFalse();
        assertThat(ContentSniffer.typeOf(stripped)).as("two frames in a row are still an MP3").isEqualTo(AttachmentType.MP3);
    }

    @Test
    void a_tag_announcing_more_than_the_file_holds_is_refused_as_unreadable() {
        byte[] tag = id3v2(Map.of("TPE1", PUPIL));
        tag[6] = 0x7F; // a size of some 256 MB

        assertThatThrownBy(() -> new Mp3Metadata().strip(concat(tag, mp3Frames(1)))).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(AttachmentRefusal.UNREADABLE));
    }
}
