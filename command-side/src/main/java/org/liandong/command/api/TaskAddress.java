package org.liandong.command.api;

import org.liandong.model.id.CampaignId;
import org.liandong.model.id.TaskId;

/**
 * The task a step after its assignment is about: the campaign and the task its path names, taken
 * from the path alone ({@link TaskCommandController#address}).
 */
record TaskAddress(CampaignId campaignId, TaskId taskId) {}
