# cmake --install and the Debian package (scripts/package, CPack).
#   bin/filinggen
#   share/filinggen/{templates,fonts,data/standard}   what the binary finds as ../share/filinggen
#   share/doc/filinggen/{docs,examples}, share/man/man1/filinggen.1,
#   share/bash-completion/completions/filinggen
include(GNUInstallDirs)

install(TARGETS filinggen RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/filinggen/templates)
install(FILES fonts/fonts.yaml DESTINATION ${CMAKE_INSTALL_DATADIR}/filinggen/fonts)
install(FILES fonts/local/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/filinggen/fonts/local)
install(DIRECTORY data/standard/ DESTINATION ${CMAKE_INSTALL_DATADIR}/filinggen/data/standard)
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
# The sample firms with the shared files they refer to as ../standard/ (a copy of the
# standard data beside them, so they validate where they are installed).
install(DIRECTORY data/firms/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples/firms)
install(DIRECTORY data/standard/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples/standard)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES man/filinggen.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES completions/filinggen DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME filinggen)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "filinggen maintainers <filinggen@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Traditional Chinese information-security filings of Taiwanese securities and futures firms")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "filinggen turns a firm's compliance data (YAML, JSON) into the filings of the revised\ninternal control standard: the revision comparison table, the co-signed information-security\ndeclaration and the self-assessment form, as PDF and Excel, checked against the regulation.")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)           # filinggen_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)            # Depends from the binary's libraries (dpkg-shlibdeps)
# The faces fonts/fonts.yaml names by default (the Kai and Ming faces and their fallbacks).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "fonts-arphic-bkai00mp, fonts-arphic-bsmi00lp, fonts-cns11643-kai, fonts-droid-fallback")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "man-db, bash-completion")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
