/**
 * The benchmark of issue 5: starts the real local platform on free ports and measures it against its own parts (a
 * feed read without the gateway, Kafka's own end-to-end latency), then writes the figures as JSON, Markdown and SVG.
 */
package fr.education.traam.bench;
