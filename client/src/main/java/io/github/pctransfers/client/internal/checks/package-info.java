/**
 * Not API: pure checks shared by the API packages (the URLs a token or secret may be sent to). Not exported by the
 * module; may change in any release. See client/API.md.
 */
package io.github.pctransfers.client.internal.checks;
