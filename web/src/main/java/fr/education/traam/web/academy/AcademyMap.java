package fr.education.traam.web.academy;

import fr.education.traam.reference.Academy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 30 académies as a tile map: metropolitan académies on a grid placed roughly where they lie (Lille at the top,
 * Corse bottom right), the five overseas académies each in an inset of its own below. Drawn by the platform in SVG
 * units (the viewBox is {@link #WIDTH} × {@link #HEIGHT}), no outside tiles.
 */
final class AcademyMap {

    static final int TILE = 96;
    static final int GAP = 8;
    static final int COLUMNS = 7;
    static final int ROWS = 7;
    static final int MARGIN = 8;
    /** Where the overseas insets start, below the metropolitan grid and its caption. */
    static final int INSETS_TOP = MARGIN + ROWS * (TILE + GAP) + 40;
    static final int INSET = TILE + 2 * GAP;
    static final int WIDTH = 2 * MARGIN + COLUMNS * (TILE + GAP) - GAP;
    static final int HEIGHT = INSETS_TOP + INSET + 28 + MARGIN;

    private static final Map<Academy, int[]> GRID = new EnumMap<>(Academy.class);
    private static final Map<Academy, String> SHORT = new EnumMap<>(Academy.class);
    static final List<Academy> OVERSEAS = List.of(Academy.GUADELOUPE, Academy.MARTINIQUE, Academy.GUYANE, Academy.LA_REUNION, Academy.MAYOTTE);

    static {
        place(Academy.LILLE, 3, 0);
        place(Academy.NORMANDIE, 1, 1);
        place(Academy.AMIENS, 2, 1);
        place(Academy.REIMS, 4, 1);
        place(Academy.RENNES, 0, 2);
        place(Academy.VERSAILLES, 2, 2);
        place(Academy.PARIS, 3, 2);
        place(Academy.CRETEIL, 4, 2);
        place(Academy.NANCY_METZ, 5, 2);
        place(Academy.STRASBOURG, 6, 2);
        place(Academy.NANTES, 0, 3);
        place(Academy.ORLEANS_TOURS, 2, 3);
        place(Academy.DIJON, 4, 3);
        place(Academy.BESANCON, 5, 3);
        place(Academy.POITIERS, 1, 4);
        place(Academy.LIMOGES, 2, 4);
        place(Academy.CLERMONT_FERRAND, 3, 4);
        place(Academy.LYON, 4, 4);
        place(Academy.GRENOBLE, 5, 4);
        place(Academy.BORDEAUX, 1, 5);
        place(Academy.TOULOUSE, 2, 5);
        place(Academy.MONTPELLIER, 3, 5);
        place(Academy.AIX_MARSEILLE, 4, 5);
        place(Academy.NICE, 5, 5);
        place(Academy.CORSE, 6, 6);
        SHORT.put(Academy.CLERMONT_FERRAND, "Clermont");
        SHORT.put(Academy.ORLEANS_TOURS, "Orléans-T.");
        SHORT.put(Academy.AIX_MARSEILLE, "Aix-Mars.");
        SHORT.put(Academy.NANCY_METZ, "Nancy-Metz");
        SHORT.put(Academy.MONTPELLIER, "Montpellier");
        SHORT.put(Academy.STRASBOURG, "Strasbourg");
        SHORT.put(Academy.GUADELOUPE, "Guadeloupe");
        SHORT.put(Academy.MARTINIQUE, "Martinique");
        SHORT.put(Academy.LA_REUNION, "La Réunion");
    }

    private AcademyMap() {
    }

    /**
     * One académie's tile: its square's corner and size, the centre of its label, the link it leads to, and how many
     * of the campaign's themes it works on (0 draws it plain).
     */
    public record Tile(Academy academy, int x, int y, int size, boolean overseas, String href, int themes) {

        public String code() {
            return academy.code();
        }

        public String name() {
            return academy.label();
        }

        public String shortName() {
            return SHORT.getOrDefault(academy, academy.label());
        }

        public int labelX() {
            return x + size / 2;
        }

        public int labelY() {
            return y + size / 2 - 4;
        }

        public int countY() {
            return y + size / 2 + 22;
        }

        /** What a screen reader says of the link: the académie and what it works on. */
        public String accessibleName() {
            return name() + " : " + (themes == 0 ? "aucun thème retenu" : themes == 1 ? "1 thème retenu" : themes + " thèmes retenus");
        }
    }

    /** Every académie's tile, metropolitan then overseas, each linking to {@code #academie-<code>} on the same page. */
    static List<Tile> tiles(Map<String, Integer> themesByAcademy) {
        List<Tile> tiles = new ArrayList<>();
        GRID.forEach((academy, cell) -> tiles.add(new Tile(academy, MARGIN + cell[0] * (TILE + GAP), MARGIN + cell[1] * (TILE + GAP),
                TILE, false, anchor(academy), themesByAcademy.getOrDefault(academy.code(), 0))));
        for (int i = 0; i < OVERSEAS.size(); i++) {
            Academy academy = OVERSEAS.get(i);
            tiles.add(new Tile(academy, insetX(i) + GAP, INSETS_TOP + GAP, TILE, true, anchor(academy),
                    themesByAcademy.getOrDefault(academy.code(), 0)));
        }
        return tiles;
    }

    /** The left edge of the {@code i}-th overseas inset's frame: the insets spread evenly under the grid's width. */
    static int insetX(int i) {
        return MARGIN + i * ((WIDTH - 2 * MARGIN - INSET) / (OVERSEAS.size() - 1));
    }

    static String anchor(Academy academy) {
        return "#academie-" + academy.code();
    }

    static Set<Academy> placed() {
        return GRID.keySet();
    }

    private static void place(Academy academy, int column, int row) {
        if (column >= COLUMNS || row >= ROWS) {
            throw new IllegalStateException(academy + " is off the grid");
        }
        GRID.put(academy, new int[]{column, row});
    }
}
