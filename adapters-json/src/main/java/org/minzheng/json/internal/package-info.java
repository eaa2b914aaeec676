/**
 * Internals of the minzheng Jackson module (内部实现): serializers, deserializers, masking. Not a
 * supported API: anything here may change or disappear in any release.
 */
package org.minzheng.json.internal;
