double _Complex x;
