/** Exports api to everyone and spi to one friend module only; impl not at all. */
module io.github.demo {
    exports io.github.demo.api;
    exports io.github.demo.spi to io.github.demo.friend;
}
