// File integrity monitoring reads Linux file metadata (lstat, xattrs, inotify): its tests run on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
