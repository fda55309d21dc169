# Installation layout and CPack packages: two Debian packages, iqmessaging (the desktop application and
# iqm: component "desktop") and iqmsgd (the reference server: component "server", and "service", its
# systemd unit and options under /lib and /etc), and one tarball of the programs (desktop and server).
# scripts/package.sh builds them and checks what they hold and declare.
include(GNUInstallDirs)
set(IQ_INSTALLER_DIR "${PROJECT_SOURCE_DIR}/installer")

# The desktop application: its desktop entry, AppStream metadata and icon (the programs install
# themselves in app/*/CMakeLists.txt, each into its component).
install(FILES "${PROJECT_SOURCE_DIR}/resources/iqmessaging.desktop"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT desktop)
install(FILES "${PROJECT_SOURCE_DIR}/resources/iqmessaging.metainfo.xml"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT desktop)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/iqmessaging.svg"
  DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT desktop)

# The server: a systemd unit (where Debian 12 keeps units) and the options it starts with.
# Absolute paths: the tarball leaves this component out (installer/CPackOptions.cmake), else CPack would
# write them on the building machine.
install(FILES "${IQ_INSTALLER_DIR}/iqmsgd/iqmsgd.service" DESTINATION /lib/systemd/system COMPONENT service)
install(FILES "${IQ_INSTALLER_DIR}/iqmsgd/default" DESTINATION /etc/default RENAME iqmsgd COMPONENT service)

# Each package's copyright and changelog, as Debian expects them in /usr/share/doc/PACKAGE.
string(TIMESTAMP IQ_CHANGELOG_DATE "%a, %d %b %Y 00:00:00 +0000" UTC)
foreach(package_component IN ITEMS "iqmessaging|desktop" "iqmsgd|server")
  string(REPLACE "|" ";" package_component "${package_component}")
  list(GET package_component 0 IQ_DEB_PACKAGE)
  list(GET package_component 1 component)
  configure_file("${IQ_INSTALLER_DIR}/doc/changelog.in" "${PROJECT_BINARY_DIR}/doc/${IQ_DEB_PACKAGE}/changelog" @ONLY)
  # gzip -n: no name nor time stamp in the archive, so the same sources make the same package.
  execute_process(COMMAND gzip -9nf "${PROJECT_BINARY_DIR}/doc/${IQ_DEB_PACKAGE}/changelog" COMMAND_ERROR_IS_FATAL ANY)
  install(FILES "${IQ_INSTALLER_DIR}/doc/copyright" "${PROJECT_BINARY_DIR}/doc/${IQ_DEB_PACKAGE}/changelog.gz"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/${IQ_DEB_PACKAGE}" COMPONENT ${component})
endforeach()

include("${IQ_INSTALLER_DIR}/ManPages.cmake")

set(CPACK_PACKAGE_NAME "iqmessaging")
set(CPACK_PACKAGE_VENDOR "IQ Messaging")
set(CPACK_PACKAGE_CONTACT "IQ Messaging <support@iqmessaging.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_FILE_NAME "iqmessaging-${PROJECT_VERSION}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_STRIP_FILES ON)
# One Debian package per group of components; the tarball's choice is in CPackOptions.cmake.
set(CPACK_COMPONENTS_ALL desktop server service)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_PROJECT_CONFIG_FILE "${IQ_INSTALLER_DIR}/CPackOptions.cmake")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Besides the libraries dpkg-shlibdeps finds, each package names what Qt loads at run time: the SQLite
# driver, and for the application the platform plugins and the SVG plugins that draw its icons.
set(CPACK_DEBIAN_IQMESSAGING_PACKAGE_NAME "iqmessaging")
set(CPACK_DEBIAN_IQMESSAGING_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_IQMESSAGING_DESCRIPTION "Desktop client for the IQ Messaging service
Keep contacts and groups with each member's consent, import them from CSV
and vCard files, write personalized messages with an exact preview, and send
and schedule SMS, e-mail and voice campaigns. It works offline against a
local copy and syncs with the server when it can. The package also holds iqm,
the command-line companion that does everything with data that the
application does.")
set(CPACK_DEBIAN_IQMESSAGING_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# The keychain keeps the sign-in; the composer reads voice scripts aloud with a speech plugin.
set(CPACK_DEBIAN_IQMESSAGING_PACKAGE_RECOMMENDS
  "gnome-keyring, qt6-speech-flite-plugin | qt6-speech-speechd-plugin")

set(CPACK_DEBIAN_IQMSGD_PACKAGE_NAME "iqmsgd")
set(CPACK_DEBIAN_IQMSGD_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_IQMSGD_DESCRIPTION "Reference server of IQ Messaging
The server the IQ Messaging client syncs with: accounts and devices,
contacts, groups and templates, and campaigns delivered through a built-in
delivery simulator. It keeps its data in SQLite or PostgreSQL and runs as the
systemd service iqmsgd, configured in /etc/default/iqmsgd.")
set(CPACK_DEBIAN_IQMSGD_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_IQMSGD_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_IQMSGD_PACKAGE_CONTROL_EXTRA
  "${IQ_INSTALLER_DIR}/iqmsgd/conffiles;${IQ_INSTALLER_DIR}/iqmsgd/postinst;${IQ_INSTALLER_DIR}/iqmsgd/prerm;${IQ_INSTALLER_DIR}/iqmsgd/postrm")
include(CPack)
cpack_add_component_group(iqmessaging)
cpack_add_component_group(iqmsgd)
cpack_add_component(desktop GROUP iqmessaging)
cpack_add_component(server GROUP iqmsgd)
cpack_add_component(service GROUP iqmsgd)
