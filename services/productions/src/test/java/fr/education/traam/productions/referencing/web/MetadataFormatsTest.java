package fr.education.traam.productions.referencing.web;

import fr.education.traam.productions.referencing.ReferencingMother;
import fr.education.traam.testkit.TraamInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The service offers the OAI-PMH provider its {@code lom} format as a bean, publisher and catalog from configuration. */
@SpringBootTest(properties = {"traam.productions.referencing.lom.publisher=DNE – bureau des usages numériques",
        "traam.productions.referencing.lom.metadata-catalog=TraAM-test"})
@TraamInfrastructure(database = "traam-productions-test")
class MetadataFormatsTest {

    @Autowired
    List<MetadataFormat> formats;

    @Test
    void the_lom_format_is_a_metadata_format_bean_configured_by_traam_productions_referencing_lom() throws Exception {
        MetadataFormat lom = formats.stream().filter(format -> format.prefix().equals("lom")).findFirst().orElseThrow();
        StringWriter text = new StringWriter();
        XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        lom.write(ReferencingMother.IDENTIFIER, ReferencingMother.scenario(), ReferencingMother.PUBLISHED_AT, out);
        out.close();
        assertThat(text.toString()).contains("<catalog>TraAM-test</catalog>", "ORG:DNE – bureau des usages numériques");
    }
}
