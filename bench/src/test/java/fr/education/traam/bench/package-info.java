/** The benchmark's smoke run: it checks that the benchmark works and writes what it promises, never how fast. */
package fr.education.traam.bench;
