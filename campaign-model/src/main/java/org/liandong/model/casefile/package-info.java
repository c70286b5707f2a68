/**
 * The commands about a case file passed between departments (transfer, accept, return). Its events
 * are of the case family, {@link org.liandong.model.campaign.CaseEvent}, which stays beside the
 * campaign's events because stored events are named by their class.
 */
package org.liandong.model.casefile;
