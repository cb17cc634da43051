"""Reading a case: the reader pane."""
