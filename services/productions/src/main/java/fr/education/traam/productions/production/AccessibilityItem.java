package fr.education.traam.productions.production;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The items of the platform's accessibility checklist, after the A2RNE recommendations and grouped by their five
 * themes; each is answered yes, no or not applicable before publication. The codes are the platform's (BP1-1, the
 * heading structure, keeps the item number the A2RNE guide gives it); the list is documented in docs/api/productions.md.
 */
public enum AccessibilityItem {
    CN_1("CN-1", A2rneTheme.CONSULTATION_AND_NAVIGATION, "Tout se consulte et se parcourt au clavier seul"),
    CN_2("CN-2", A2rneTheme.CONSULTATION_AND_NAVIGATION, "Le titre et la langue de chaque page ou document sont indiqués"),
    CN_3("CN-3", A2rneTheme.CONSULTATION_AND_NAVIGATION, "L'intitulé de chaque lien dit où il mène"),
    BP1_1("BP1-1", A2rneTheme.TEXTUAL_CONTENT, "Les titres sont structurés et hiérarchisés"),
    TC_2("TC-2", A2rneTheme.TEXTUAL_CONTENT, "Les listes sont des listes et le texte n'est pas une image de texte"),
    TC_3("TC-3", A2rneTheme.TEXTUAL_CONTENT, "Les contrastes suffisent et la couleur ne porte jamais seule une information"),
    IM_1("IM-1", A2rneTheme.IMAGES_VIDEO_MULTIMEDIA, "Chaque image porteuse d'information a une alternative textuelle"),
    IM_2("IM-2", A2rneTheme.IMAGES_VIDEO_MULTIMEDIA, "Chaque vidéo a des sous-titres, chaque média audio ou vidéo une transcription"),
    IM_3("IM-3", A2rneTheme.IMAGES_VIDEO_MULTIMEDIA, "Aucun contenu ne clignote plus de trois fois par seconde"),
    TF_1("TF-1", A2rneTheme.TABLES_AND_FORMS, "Les tableaux de données ont leurs en-têtes de lignes et de colonnes"),
    TF_2("TF-2", A2rneTheme.TABLES_AND_FORMS, "Chaque champ de formulaire a son étiquette"),
    CD_1("CD-1", A2rneTheme.CODE_AND_DRM, "Les documents sont balisés (PDF balisé, styles de titres) et le code valide"),
    CD_2("CD-2", A2rneTheme.CODE_AND_DRM, "Aucune mesure technique (DRM) n'empêche les aides techniques de lire le contenu");

    private final String code;
    private final A2rneTheme theme;
    private final String label;

    AccessibilityItem(String code, A2rneTheme theme, String label) {
        this.code = code;
        this.theme = theme;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public A2rneTheme theme() {
        return theme;
    }

    public String label() {
        return label;
    }

    public static Optional<AccessibilityItem> byCode(String code) {
        return Arrays.stream(values()).filter(item -> item.code.equals(code)).findFirst();
    }

    public static List<AccessibilityItem> of(A2rneTheme theme) {
        return Arrays.stream(values()).filter(item -> item.theme == theme).toList();
    }

    /** How an item is answered; only a {@code NO} keeps a production from being published. */
    public enum Answer {
        YES,
        NO,
        NOT_APPLICABLE
    }
}
