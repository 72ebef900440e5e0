/**
 * 民情民意: residents' visits and opinions received at liaison stations, and their route — settled on the spot,
 * transferred to an organ that answers in the system, or turned into a deputy's draft suggestion — then the
 * resident's feedback (回访). Deputies forward and follow up; they never decide the matter themselves.
 */
package cn.congress.deputies.reception;
