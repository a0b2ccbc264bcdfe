/**
 * Monitoring delivery, written once for the validator, the command line, the site and the workbench: the as-at
 * date that every time-dependent judgement uses, the target and floor in force for a reporting period, the
 * rating and direction of travel of an indicator, a commitment's status for a period, the days a plan's period
 * covers and whether an indicator can show progress within it. README.md, "Monitoring delivery", states the rules.
 */
package org.throughline.model.monitoring;
