package fr.education.traam.web.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A campaign's calendar drawn on one line: each phase a segment from its first day to the next phase's, placed in
 * per cent of the whole span (call opening to closing), and where today falls. The current phase is the campaign's own
 * (an expert may enter a phase ahead of its date), today's mark is the date's. Pure arithmetic, so the page's SVG and
 * its text equivalent say the same thing.
 */
public record Timeline(List<Segment> segments, LocalDate start, LocalDate end, LocalDate today, double todayAt, Position todayPosition) {

    /** Today before the call opens, during the campaign, or after it closed. */
    public enum Position { BEFORE, DURING, AFTER }

    /** Below this distance (per cent) from the previous tick's label, a tick is drawn without one: they would overlap. */
    static final double LABEL_SPACING = 12;

    /**
     * One phase: its dates, where it starts and how wide it is (per cent), whether the campaign is in it, and whether
     * its tick is labelled with its date (the text equivalent always gives every date).
     */
    public record Segment(Phase phase, LocalDate from, LocalDate until, double at, double width, boolean current, boolean labelled) {

        public String label() {
            return phase.label();
        }
    }

    public Timeline {
        segments = List.copyOf(segments);
    }

    public static Timeline of(CampaignJson.Calendar calendar, String campaignPhase, LocalDate today) {
        Objects.requireNonNull(calendar, "calendar");
        List<LocalDate> starts = List.of(calendar.callOpening(), calendar.academicSelectionDeadline(), calendar.nationalSelection(),
                calendar.launch(), calendar.yearTwoStart(), calendar.closing());
        List<Phase> phases = List.of(Phase.CALL_OPEN, Phase.NATIONAL_SELECTION, Phase.LAUNCH_PREPARATION, Phase.YEAR_ONE, Phase.YEAR_TWO);
        LocalDate start = starts.get(0);
        LocalDate end = starts.get(starts.size() - 1);
        double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
        List<Segment> segments = new ArrayList<>();
        double lastLabel = -LABEL_SPACING;
        for (int i = 0; i < phases.size(); i++) {
            LocalDate from = starts.get(i);
            LocalDate until = starts.get(i + 1);
            double at = ChronoUnit.DAYS.between(start, from) / span * 100;
            double width = ChronoUnit.DAYS.between(from, until) / span * 100;
            boolean labelled = at - lastLabel >= LABEL_SPACING;
            if (labelled) {
                lastLabel = at;
            }
            segments.add(new Segment(phases.get(i), from, until, round(at), round(width),
                    phases.get(i).name().equals(campaignPhase), labelled));
        }
        Position position = today.isBefore(start) ? Position.BEFORE : today.isBefore(end) ? Position.DURING : Position.AFTER;
        double todayAt = switch (position) {
            case BEFORE -> 0;
            case AFTER -> 100;
            case DURING -> round(ChronoUnit.DAYS.between(start, today) / span * 100);
        };
        return new Timeline(segments, start, end, today, todayAt, position);
    }

    /** Where a label sits so that it stays inside the drawing: anchored at its start, middle or end. */
    public String todayAnchor() {
        return todayAt < 15 ? "start" : todayAt > 85 ? "end" : "middle";
    }

    private static double round(double percent) {
        return Math.round(percent * 100) / 100.0;
    }
}
