/**
 * Demo: the users and records the embedded default loads on its first start, so that `./peel start` shows a
 * working system. Never active against an external (production) database.
 */
package uk.peel.demo;
