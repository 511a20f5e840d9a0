package fr.education.traam.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * National selections ready to publish, for the fan-out's selection events: set-up, not measured. Campaigns of
 * {@value #THEMES_PER_CAMPAIGN} themes each have their call opened; Lyon's DAN applies to every theme; the campaigns
 * enter the national selection and the expert selects Lyon in each theme. What remains is one request per
 * selection, {@code POST /api/candidatures/selections/{campaign}/{theme}/publication}, which the fan-out sends.
 */
final class NationalSelections {

    static final int THEMES_PER_CAMPAIGN = 50;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    /** A selection of Lyon in one theme, decided and not yet published. */
    record Ready(String campaignId, String themeId) {

        String selectionId() {
            return campaignId + "/" + themeId;
        }

        String publicationPath() {
            return "/api/candidatures/selections/" + selectionId() + "/publication";
        }
    }

    private final Platform platform;
    private final int concurrency;

    NationalSelections(Platform platform, int concurrency) {
        this.platform = platform;
        this.concurrency = concurrency;
    }

    List<Ready> prepare(int count) {
        if (count == 0) {
            return List.of();
        }
        String expert = platform.expert();
        String dan = platform.lyonDan();
        List<Ready> ready = new ArrayList<>(count);
        int campaigns = (count + THEMES_PER_CAMPAIGN - 1) / THEMES_PER_CAMPAIGN;
        List<String> campaignIds = inParallel(campaigns, c -> () -> {
            List<Platform.Theme> themes = new ArrayList<>();
            for (int t = 0; t < Math.min(THEMES_PER_CAMPAIGN, count - c * THEMES_PER_CAMPAIGN); t++) {
                themes.add(Platform.theme("theme-" + t, c * THEMES_PER_CAMPAIGN + t));
            }
            String id = platform.draftCampaign(expert, "TraAM bench, selections " + c, themes);
            Platform.require(200, platform.openCall(expert, id), "opening a call");
            return id;
        });
        for (int i = 0; i < count; i++) {
            ready.add(new Ready(campaignIds.get(i / THEMES_PER_CAMPAIGN), "theme-" + i % THEMES_PER_CAMPAIGN));
        }
        // The candidatures service accepts candidatures once the opening of the call reaches it.
        inParallel(ready.size(), i -> () -> patiently(201, "Lyon's candidature", () -> platform.send("POST",
                "/api/candidatures", dan, Platform.candidature(ready.get(i).campaignId(), ready.get(i).themeId()))));
        inParallel(campaignIds.size(), c -> () -> {
            Platform.require(200, platform.moveTo(expert, campaignIds.get(c), "NATIONAL_SELECTION"),
                    "entering the national selection");
            return null;
        });
        // And decisions once the campaign's entry into the national selection reaches it.
        inParallel(ready.size(), i -> () -> patiently(200, "the decision for Lyon", () -> platform.send("PUT",
                "/api/candidatures/selections/" + ready.get(i).selectionId() + "/decisions/" + Platform.LYON, expert,
                new Platform.Decision("SELECTED", "Équipe solide, usages déjà éprouvés en classe"))));
        return List.copyOf(ready);
    }

    private static <T> T patiently(int status, String what, Supplier<HttpResponse<String>> call) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpResponse<String> answer = call.get();
        while (answer.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = call.get();
        }
        Platform.require(status, answer, what);
        return null;
    }

    private interface Task<T> {
        Callable<T> at(int index);
    }

    private <T> List<T> inParallel(int count, Task<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(task.at(i)));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the selections", e);
        } catch (Exception e) {
            throw new IllegalStateException("preparing the national selections failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
