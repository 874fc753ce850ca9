"""The room takes part: the rules of anonymous answers from phones, without Qt or a server.

``limits`` holds every bound, ``state`` the live activity (joined phones, answers,
what is revealed), ``views`` what a phone and the room may see, and ``operations``
what goes into the meeting record. The web server (``dialogtool.room``) and the
leader's panel only carry messages to and from these.
"""
