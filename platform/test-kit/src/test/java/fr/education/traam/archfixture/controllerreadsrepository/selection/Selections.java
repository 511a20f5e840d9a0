package fr.education.traam.archfixture.controllerreadsrepository.selection;

import java.util.Optional;

/** A repository port of the domain. */
public interface Selections {

    Optional<NationalSelection> find(String id);
}
