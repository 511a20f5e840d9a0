package fr.education.traam.productions.production;

import java.util.Arrays;
import java.util.Optional;

/**
 * The licences a production may be published under: open licences that let teachers reuse and adapt it, by their
 * SPDX identifier. The list is the one documented in docs/api/productions.md; a licence outside it is refused.
 */
public enum Licence {
    CC_BY_4_0("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/deed.fr"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
    CC_BY_NC_4_0("CC-BY-NC-4.0", "CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/deed.fr"),
    CC_BY_NC_SA_4_0("CC-BY-NC-SA-4.0", "CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr"),
    CC0_1_0("CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/deed.fr"),
    ETALAB_2_0("etalab-2.0", "Licence Ouverte / Open Licence 2.0 (Etalab)",
            "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf");

    private final String spdx;
    private final String label;
    private final String url;

    Licence(String spdx, String label, String url) {
        this.spdx = spdx;
        this.label = label;
        this.url = url;
    }

    public String spdx() {
        return spdx;
    }

    /** Its name as a page or a newsletter shows it, e.g. "CC BY-NC-SA 4.0". */
    public String label() {
        return label;
    }

    /** Its legal text. */
    public String url() {
        return url;
    }

    public static Optional<Licence> bySpdx(String spdx) {
        return Arrays.stream(values()).filter(l -> l.spdx.equalsIgnoreCase(spdx)).findFirst();
    }
}
