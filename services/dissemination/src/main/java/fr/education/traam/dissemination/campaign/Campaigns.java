package fr.education.traam.dissemination.campaign;

import java.util.Optional;

/** The campaigns this service has heard of. */
public interface Campaigns {

    Optional<Campaign> find(String id);

    /** Stores a new view, or a changed one if nobody changed it since it was read at its version. */
    void save(Campaign campaign);
}
