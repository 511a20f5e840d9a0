package fr.education.traam.archfixture.clean.selection.web;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands for the kit's annotation of an update that no version guards. */
@Retention(RetentionPolicy.RUNTIME)
@interface Unconditional {
    String value();
}
