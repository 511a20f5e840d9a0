package fr.education.traam.web.academy;

import fr.education.traam.reference.Academy;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AcademyMapTest {

    private final List<AcademyMap.Tile> tiles = AcademyMap.tiles(Map.of("10", 2, "28", 1));

    @Test
    void draws_each_of_the_thirty_academies_once() {
        assertThat(tiles).hasSize(30);
        assertThat(tiles.stream().map(AcademyMap.Tile::academy).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Academy.values());
    }

    @Test
    void the_twenty_five_metropolitan_academies_sit_on_the_grid_and_the_five_overseas_in_insets_below_it() {
        assertThat(AcademyMap.placed()).hasSize(25).doesNotContainAnyElementsOf(AcademyMap.OVERSEAS);
        int gridBottom = AcademyMap.MARGIN + AcademyMap.ROWS * (AcademyMap.TILE + AcademyMap.GAP);
        tiles.stream().filter(t -> !t.overseas()).forEach(t -> assertThat(t.y() + t.size()).isLessThanOrEqualTo(gridBottom));
        tiles.stream().filter(AcademyMap.Tile::overseas).forEach(t -> assertThat(t.y()).isGreaterThan(gridBottom));
        assertThat(tiles.stream().filter(AcademyMap.Tile::overseas).map(AcademyMap.Tile::academy))
                .containsExactlyElementsOf(AcademyMap.OVERSEAS);
        for (int i = 0; i < AcademyMap.OVERSEAS.size(); i++) {
            int frame = AcademyMap.insetX(i);
            AcademyMap.Tile tile = tiles.get(25 + i);
            assertThat(tile.x()).as("inside its inset").isGreaterThan(frame);
            assertThat(tile.x() + tile.size()).isLessThan(frame + AcademyMap.INSET);
            assertThat(frame + AcademyMap.INSET).as("the inset inside the drawing").isLessThanOrEqualTo(AcademyMap.WIDTH);
            if (i > 0) {
                assertThat(frame).as("insets apart").isGreaterThan(AcademyMap.insetX(i - 1) + AcademyMap.INSET);
            }
        }
    }

    @Test
    void no_two_tiles_overlap_and_every_tile_stays_inside_the_drawing() {
        for (AcademyMap.Tile a : tiles) {
            assertThat(a.x()).isGreaterThanOrEqualTo(0);
            assertThat(a.y()).isGreaterThanOrEqualTo(0);
            assertThat(a.x() + a.size()).isLessThanOrEqualTo(AcademyMap.WIDTH);
            assertThat(a.y() + a.size()).isLessThanOrEqualTo(AcademyMap.HEIGHT);
            for (AcademyMap.Tile b : tiles) {
                if (a != b) {
                    boolean apart = a.x() + a.size() <= b.x() || b.x() + b.size() <= a.x()
                            || a.y() + a.size() <= b.y() || b.y() + b.size() <= a.y();
                    assertThat(apart).as(a.name() + " and " + b.name()).isTrue();
                }
            }
        }
    }

    @Test
    void the_map_is_roughly_geographic_lille_north_of_paris_strasbourg_east_of_rennes_toulouse_south_of_limoges() {
        Map<Academy, AcademyMap.Tile> at = tiles.stream().collect(Collectors.toMap(AcademyMap.Tile::academy, t -> t));
        assertThat(at.get(Academy.LILLE).y()).isLessThan(at.get(Academy.PARIS).y());
        assertThat(at.get(Academy.STRASBOURG).x()).isGreaterThan(at.get(Academy.RENNES).x());
        assertThat(at.get(Academy.TOULOUSE).y()).isGreaterThan(at.get(Academy.LIMOGES).y());
        assertThat(at.get(Academy.CORSE).x()).isGreaterThan(at.get(Academy.NICE).x());
    }

    @Test
    void each_tile_links_to_its_row_and_says_what_it_works_on() {
        Map<String, AcademyMap.Tile> byCode = tiles.stream().collect(Collectors.toMap(AcademyMap.Tile::code, t -> t));
        assertThat(byCode.get("10").href()).isEqualTo("#academie-10");
        assertThat(byCode.get("10").themes()).isEqualTo(2);
        assertThat(byCode.get("10").accessibleName()).isEqualTo("Lyon : 2 thèmes retenus");
        assertThat(byCode.get("28").accessibleName()).isEqualTo("La Réunion : 1 thème retenu");
        assertThat(byCode.get("25").accessibleName()).isEqualTo("Versailles : aucun thème retenu");
        assertThat(Arrays.stream(Academy.values()).map(a -> byCode.get(a.code()).href()).distinct()).hasSize(30);
    }
}
