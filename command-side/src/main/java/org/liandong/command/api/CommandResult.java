package org.liandong.command.api;

import org.liandong.model.campaign.Acknowledgement;

/**
 * The answer to a command: which campaign, which thing in it, and whether this request recorded it
 * or an earlier try already had.
 */
record CommandResult(String campaignId, String id, Acknowledgement status) {}
