/**
 * Programs (业务项目): the twelve programs county civil affairs runs, whom each is granted to
 * and the documents each rests on; and {@link org.minzheng.core.program.SubjectRef}, the
 * reference to a household or person that cases and service records point to.
 */
package org.minzheng.core.program;
