package fr.education.traam.reference;

import java.util.List;
import java.util.Optional;

/**
 * One of the 16 CRCN competences (cadre de référence des compétences numériques, decree 2019-919). Services keep
 * the code only: labels vary between versions of the framework, codes do not.
 */
public record CrcnCompetence(String code, String label, CrcnDomain domain) {

    public static final List<CrcnCompetence> ALL = List.of(
            new CrcnCompetence("1.1", "Mener une recherche et une veille d'information", CrcnDomain.INFORMATION_AND_DATA),
            new CrcnCompetence("1.2", "Gérer des données", CrcnDomain.INFORMATION_AND_DATA),
            new CrcnCompetence("1.3", "Traiter des données", CrcnDomain.INFORMATION_AND_DATA),
            new CrcnCompetence("2.1", "Interagir", CrcnDomain.COMMUNICATION_AND_COLLABORATION),
            new CrcnCompetence("2.2", "Partager et publier", CrcnDomain.COMMUNICATION_AND_COLLABORATION),
            new CrcnCompetence("2.3", "Collaborer", CrcnDomain.COMMUNICATION_AND_COLLABORATION),
            new CrcnCompetence("2.4", "S'insérer dans le monde numérique", CrcnDomain.COMMUNICATION_AND_COLLABORATION),
            new CrcnCompetence("3.1", "Développer des documents textuels", CrcnDomain.CONTENT_CREATION),
            new CrcnCompetence("3.2", "Développer des documents multimédia", CrcnDomain.CONTENT_CREATION),
            new CrcnCompetence("3.3", "Adapter les documents à leur finalité", CrcnDomain.CONTENT_CREATION),
            new CrcnCompetence("3.4", "Programmer", CrcnDomain.CONTENT_CREATION),
            new CrcnCompetence("4.1", "Sécuriser l'environnement numérique", CrcnDomain.PROTECTION_AND_SECURITY),
            new CrcnCompetence("4.2", "Protéger les données personnelles et la vie privée", CrcnDomain.PROTECTION_AND_SECURITY),
            new CrcnCompetence("4.3", "Protéger la santé, le bien-être et l'environnement", CrcnDomain.PROTECTION_AND_SECURITY),
            new CrcnCompetence("5.1", "Résoudre des problèmes techniques", CrcnDomain.DIGITAL_ENVIRONMENT),
            new CrcnCompetence("5.2", "Évoluer dans un environnement numérique", CrcnDomain.DIGITAL_ENVIRONMENT));

    public static Optional<CrcnCompetence> byCode(String code) {
        return ALL.stream().filter(competence -> competence.code.equals(code)).findFirst();
    }
}
