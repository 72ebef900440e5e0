/**
 * The web application: security, controllers and form records, Thymeleaf views, demo data.
 * Controllers stay thin: one service call per action, Post/Redirect/Get, Chinese messages from the bundles.
 */
package cn.congress.web;
