/**
 * The ids of campaigns, tasks, reports, case files and transfers, each chosen by the client that
 * creates the thing (ADR 0004), and the annotation that marks the id a command is for.
 */
package org.liandong.model.id;
