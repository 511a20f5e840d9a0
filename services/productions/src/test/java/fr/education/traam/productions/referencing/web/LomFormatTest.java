package fr.education.traam.productions.referencing.web;

import fr.education.traam.contract.productions.ProductionPublished;
import fr.education.traam.productions.referencing.ReferencingMother;
import fr.education.traam.productions.referencing.ScolomfrRecord;
import fr.education.traam.reference.scolomfr.ScolomfrConcept;
import fr.education.traam.reference.scolomfr.ScolomfrMapping;
import fr.education.traam.testkit.standards.ScolomfrVocabularies;
import fr.education.traam.testkit.standards.Standards;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static fr.education.traam.productions.referencing.ReferencingMother.IDENTIFIER;
import static fr.education.traam.productions.referencing.ReferencingMother.ORIGIN;
import static fr.education.traam.productions.referencing.ReferencingMother.PUBLISHED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code lom} records as harvesters get them: valid against the ScoLOMFR 3.0 schema of ../shared/standards, with
 * every mandatory element of the ministry's example and every vocabulary value labelled as its vocabulary labels it.
 * The checks against the standards are skipped, saying so, on a checkout without them.
 */
class LomFormatTest {

    private static final String CONCEPT = ScolomfrConcept.NAMESPACE;
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";

    private final LomFormat format = new LomFormat(new LomProperties(ORIGIN.publisher(), ORIGIN.metadataCatalog()));

    @Test
    void names_its_prefix_namespace_and_schema_as_the_example_record_does() {
        assertThat(format.prefix()).isEqualTo("lom");
        assertThat(format.namespace()).isEqualTo("http://ltsc.ieee.org/xsd/LOM");
        assertThat(format.schema()).isEqualTo("http://www.lom-fr.fr/scolomfr/outils/xsd/scolomfrv20/scolomfr.xsd");
    }

    @Test
    void a_scenario_s_record_and_a_training_module_s_validate_against_the_scolomfr_3_0_schema() throws Exception {
        for (ProductionPublished production : List.of(ReferencingMother.scenario(), ReferencingMother.trainingModule(),
                ReferencingMother.unclassifiableScenario())) {
            String xml = written(production);
            Standards.validate(Standards.scolomfr(), xml);
            // The schema would take a record without classification; the ministry's example requires one.
            assertThat(new XPathOn(xml).strings("/lom:lom/lom:classification/lom:purpose/lom:value")).as(production.title()).isNotEmpty();
        }
    }

    @Test
    void the_schema_refuses_a_record_whose_vocabulary_value_is_no_concept_of_its_vocabulary() {
        ScolomfrRecord lom = ScolomfrRecord.of(IDENTIFIER, ReferencingMother.scenario(), PUBLISHED_AT, ScolomfrMapping.standard(), ORIGIN);
        ScolomfrRecord wrong = new ScolomfrRecord(lom.identifiers(), lom.title(), lom.language(), lom.description(), lom.keywords(),
                lom.contributions(), lom.metaMetadata(), lom.location(),
                new ScolomfrConcept("010", "scolomfr-voc-010-num-999", "scénario pédagogique"), lom.intendedEndUserRole(),
                lom.contexts(), lom.cost(), lom.copyright(), lom.rightsDescription(), lom.classifications());
        Schema scolomfr = Standards.scolomfr();
        assertThatThrownBy(() -> Standards.validate(scolomfr, written(wrong)))
                .isInstanceOf(SAXException.class).hasMessageContaining("scolomfr-voc-010-num-999");
    }

    @Test
    void a_scenario_s_record_holds_every_mandatory_element() throws Exception {
        XPathOn lom = new XPathOn(written(ReferencingMother.scenario()));
        assertThat(lom.strings("/lom:lom/lom:general/lom:identifier/lom:catalog")).containsExactly("TraAM", "URI");
        assertThat(lom.strings("/lom:lom/lom:general/lom:identifier/lom:entry"))
                .containsExactly(IDENTIFIER, "https://traam.example.fr/productions/production-42");
        assertThat(lom.string("/lom:lom/lom:general/lom:title/lom:string")).isEqualTo("Réécrire un conte avec une IA");
        assertThat(lom.string("/lom:lom/lom:general/lom:language")).isEqualTo("fre");
        assertThat(lom.string("/lom:lom/lom:general/lom:description/lom:string"))
                .isEqualTo("Les élèves comparent leur réécriture à celle d'une IA, puis la révisent.");
        assertThat(lom.strings("/lom:lom/lom:lifeCycle/lom:contribute/lom:role/lom:value"))
                .containsExactly(CONCEPT + "author", CONCEPT + "publisher");
        assertThat(lom.strings("/lom:lom/lom:lifeCycle/lom:contribute[1]/lom:entity")).hasSize(2)
                .allSatisfy(vcard -> assertThat(vcard).startsWith("BEGIN:VCARD\nVERSION:3.0\n").contains("\nORG:Académie de "));
        assertThat(lom.string("/lom:lom/lom:lifeCycle/lom:contribute[2]/lom:entity")).contains("ORG:Direction du numérique pour l'éducation (DNE)");
        assertThat(lom.string("/lom:lom/lom:lifeCycle/lom:contribute[1]/lom:date/lom:dateTime")).isEqualTo("2027-05-12T08:30:00.000Z");
        assertThat(lom.string("/lom:lom/lom:metaMetadata/lom:contribute/lom:role/lom:value")).isEqualTo(CONCEPT + "creator");
        assertThat(lom.strings("/lom:lom/lom:metaMetadata/lom:metadataSchema")).contains("SCOLOMFRv3.0");
        assertThat(lom.string("/lom:lom/lom:technical/lom:location")).isEqualTo("https://traam.example.fr/productions/production-42");
        assertThat(lom.string("/lom:lom/lom:educational/lom:learningResourceType/lom:value")).isEqualTo(CONCEPT + "scolomfr-voc-010-num-020");
        assertThat(lom.string("/lom:lom/lom:educational/lom:learningResourceType/lom:label")).isEqualTo("scénario pédagogique");
        assertThat(lom.string("/lom:lom/lom:educational/lom:intendedEndUserRole/lom:value")).isEqualTo(CONCEPT + "teacher");
        assertThat(lom.string("/lom:lom/lom:rights/lom:cost/lom:value")).isEqualTo(CONCEPT + "no");
        assertThat(lom.string("/lom:lom/lom:rights/lom:copyrightAndOtherRestrictions/lom:value")).isEqualTo(CONCEPT + "yes_2");
        assertThat(lom.string("/lom:lom/lom:rights/lom:description/lom:string"))
                .isEqualTo("CC BY-NC-SA 4.0 : https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr");
        assertThat(lom.strings("/lom:lom/lom:classification/lom:purpose/lom:value")).containsExactly(
                CONCEPT + "scolomfr-voc-028-num-003", CONCEPT + "educational_level", CONCEPT + "competency", CONCEPT + "scolomfr-voc-028-num-021");
        assertThat(lom.strings("/lom:lom/lom:classification[lom:purpose/lom:value='" + CONCEPT + "educational_level']//lom:taxon/lom:id"))
                .containsExactly(CONCEPT + "scolomfr-voc-022-num-020", CONCEPT + "scolomfr-voc-022-num-021", CONCEPT + "scolomfr-voc-022-num-621");
        assertThat(lom.strings("//lom:source/lom:string")).contains("scolomfr-voc-015", "scolomfr-voc-022", ScolomfrRecord.CRCN);
        assertThat(lom.strings("//lom:value/parent::*/lom:source")).isNotEmpty().containsOnly("SCOLOMFRv3.0");
    }

    @Test
    void a_training_module_s_record_says_what_it_is_and_who_it_is_for() throws Exception {
        XPathOn lom = new XPathOn(written(ReferencingMother.trainingModule()));
        assertThat(lom.string("/lom:lom/lom:educational/lom:learningResourceType/lom:value")).isEqualTo(CONCEPT + "lecture");
        assertThat(lom.strings("/lom:lom/lom:educational/lom:context/lom:label")).containsExactly("formation continue", "enseignement secondaire");
        assertThat(lom.strings("/lom:lom/lom:lifeCycle/lom:contribute[1]/lom:entity")).hasSize(3);
        assertThat(lom.strings("//lom:classification[lom:purpose/lom:value='" + CONCEPT + "scolomfr-voc-028-num-003']//lom:taxon/lom:entry/lom:string"))
                .containsExactly("philosophie", "sciences de la vie et de la Terre (discipline)");
    }

    @Test
    void an_unknown_discipline_is_a_general_keyword_and_in_no_classification() throws Exception {
        XPathOn lom = new XPathOn(written(ReferencingMother.scenario()));
        assertThat(lom.strings("/lom:lom/lom:general/lom:keyword/lom:string")).contains("Astronomie ludique");
        assertThat(lom.strings("/lom:lom/lom:classification//lom:string")).noneMatch(text -> text.contains("Astronomie"));
    }

    @Test
    void every_vocabulary_value_of_the_records_carries_its_vocabulary_s_label() throws Exception {
        ScolomfrVocabularies vocabularies = ScolomfrVocabularies.load();
        for (ProductionPublished production : List.of(ReferencingMother.scenario(), ReferencingMother.trainingModule())) {
            assertThat(vocabularies.mislabelled(parsed(written(production)))).as(production.title()).isEmpty();
        }
    }

    @Test
    void the_label_check_passes_the_ministry_s_valid_example_and_catches_the_wrong_labels_of_the_invalid_one() throws Exception {
        Path examples = Standards.folder().resolve("scolomfr-3.0/examples");
        ScolomfrVocabularies vocabularies = ScolomfrVocabularies.load();
        Document valid = DocumentBuilders.parse(examples.resolve("example-labels-valid.xml"));
        Document invalid = DocumentBuilders.parse(examples.resolve("example-labels-invalid.xml"));
        // Both are schema-valid: only the vocabularies' labels tell them apart.
        Standards.validate(Standards.scolomfr(), new DOMSource(invalid));
        assertThat(vocabularies.mislabelled(valid)).isEmpty();
        assertThat(vocabularies.mislabelled(invalid)).containsExactlyInAnyOrder(
                "aggregationLevel: label «cours» is not in scolomfr-voc-008",
                "tool: label «logiciel organiseur d’idées» is not in scolomfr-voc-020");
    }

    @Test
    void written_inside_an_oai_pmh_metadata_element_the_record_keeps_the_lom_namespace() throws Exception {
        StringWriter text = new StringWriter();
        XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        out.writeStartDocument("UTF-8", "1.0");
        out.writeStartElement("", "metadata", OAI);
        out.writeDefaultNamespace(OAI);
        format.write(IDENTIFIER, ReferencingMother.scenario(), PUBLISHED_AT, out);
        out.writeEndElement();
        out.writeEndDocument();
        out.close();
        Document document = parsed(text.toString());
        Element lom = (Element) document.getDocumentElement().getElementsByTagNameNS(LomFormat.NAMESPACE, "lom").item(0);
        assertThat(lom).isNotNull();
        assertThat(lom.getParentNode().getNamespaceURI()).isEqualTo(OAI);
        Standards.validate(Standards.scolomfr(), new DOMSource(lom));
    }

    private String written(ProductionPublished production) throws Exception {
        return written(ScolomfrRecord.of(IDENTIFIER, production, PUBLISHED_AT, ScolomfrMapping.standard(), ORIGIN));
    }

    private String written(ScolomfrRecord lom) throws Exception {
        StringWriter text = new StringWriter();
        XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        out.writeStartDocument("UTF-8", "1.0");
        format.write(lom, out);
        out.writeEndDocument();
        out.close();
        return text.toString();
    }

    private static Document parsed(String xml) throws Exception {
        return DocumentBuilders.factory().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Namespace-aware, secure DOM parsing of the records and of the ministry's examples. */
    private static final class DocumentBuilders {

        static DocumentBuilderFactory factory() throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory;
        }

        static Document parse(Path file) throws Exception {
            return factory().newDocumentBuilder().parse(file.toFile());
        }
    }

    /** XPath over a record, {@code lom:} bound to the LOM namespace. */
    private static final class XPathOn {

        private final Document document;
        private final XPath xpath = XPathFactory.newInstance().newXPath();

        XPathOn(String xml) throws Exception {
            this.document = parsed(xml);
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return "lom".equals(prefix) ? LomFormat.NAMESPACE : XMLConstants.NULL_NS_URI;
                }

                @Override
                public String getPrefix(String namespace) {
                    return LomFormat.NAMESPACE.equals(namespace) ? "lom" : null;
                }

                @Override
                public Iterator<String> getPrefixes(String namespace) {
                    return List.of("lom").iterator();
                }
            });
        }

        String string(String expression) throws Exception {
            List<String> all = strings(expression);
            assertThat(all).as(expression).hasSize(1);
            return all.get(0);
        }

        List<String> strings(String expression) throws Exception {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }
    }
}
