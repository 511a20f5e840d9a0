/**
 * Small modules for {@code ArchitectureRulesTest}, outside the test kit's package so that its test application does
 * not scan them: {@code clean} keeps every rule, each other one is {@code clean} with one violation, named after it.
 */
package fr.education.traam.archfixture;
