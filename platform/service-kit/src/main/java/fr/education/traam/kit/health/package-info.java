/** Health checks that work on every MongoDB server we run on, the embedded one included. */
package fr.education.traam.kit.health;
