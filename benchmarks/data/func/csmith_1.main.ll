; ModuleID = '/tmp/llmopt-split-4hfqvifl/in.ll'
source_filename = "/tmp/tmps278s5nn/csmith_1.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = external hidden unnamed_addr constant [2 x i8], align 1
@g_2 = external hidden global i32, align 4
@.str.1 = external hidden unnamed_addr constant [4 x i8], align 1
@g_6 = external hidden global i32, align 4
@.str.2 = external hidden unnamed_addr constant [4 x i8], align 1
@g_50 = external hidden global i16, align 2
@.str.3 = external hidden unnamed_addr constant [5 x i8], align 1
@g_63 = external hidden global i32, align 4
@.str.4 = external hidden unnamed_addr constant [5 x i8], align 1
@g_99 = external hidden global i64, align 8
@.str.5 = external hidden unnamed_addr constant [5 x i8], align 1
@g_116 = external hidden global i16, align 2
@.str.6 = external hidden unnamed_addr constant [6 x i8], align 1
@g_126 = external hidden global i64, align 8
@.str.7 = external hidden unnamed_addr constant [6 x i8], align 1
@g_141 = external hidden global i32, align 4
@.str.8 = external hidden unnamed_addr constant [6 x i8], align 1
@g_154 = external hidden global [2 x i16], align 2
@.str.9 = external hidden unnamed_addr constant [9 x i8], align 1
@.str.10 = external hidden unnamed_addr constant [14 x i8], align 1
@g_167 = external hidden global i8, align 1
@.str.11 = external hidden unnamed_addr constant [6 x i8], align 1
@g_175 = external hidden global i16, align 2
@.str.12 = external hidden unnamed_addr constant [6 x i8], align 1
@.str.13 = external hidden unnamed_addr constant [6 x i8], align 1
@g_215 = external hidden constant [6 x i8], align 1
@.str.14 = external hidden unnamed_addr constant [9 x i8], align 1
@g_236 = external hidden global i32, align 4
@.str.15 = external hidden unnamed_addr constant [6 x i8], align 1
@g_242 = external hidden global i8, align 1
@.str.16 = external hidden unnamed_addr constant [6 x i8], align 1
@g_244 = external hidden global [5 x i32], align 16
@.str.17 = external hidden unnamed_addr constant [9 x i8], align 1
@g_247 = external hidden global i8, align 1
@.str.18 = external hidden unnamed_addr constant [6 x i8], align 1
@g_253 = external hidden global i8, align 1
@.str.19 = external hidden unnamed_addr constant [6 x i8], align 1
@g_270 = external hidden global i16, align 2
@.str.20 = external hidden unnamed_addr constant [6 x i8], align 1
@g_271 = external hidden global i16, align 2
@.str.21 = external hidden unnamed_addr constant [6 x i8], align 1
@g_273 = external hidden global i32, align 4
@.str.22 = external hidden unnamed_addr constant [6 x i8], align 1
@g_291 = external hidden constant [8 x [7 x [4 x i32]]], align 16
@.str.23 = external hidden unnamed_addr constant [15 x i8], align 1
@.str.24 = external hidden unnamed_addr constant [22 x i8], align 1
@g_309 = external hidden global i32, align 4
@.str.25 = external hidden unnamed_addr constant [6 x i8], align 1
@g_336 = external hidden global i8, align 1
@.str.26 = external hidden unnamed_addr constant [6 x i8], align 1
@g_342 = external hidden global [8 x i16], align 16
@.str.27 = external hidden unnamed_addr constant [9 x i8], align 1
@g_390 = external hidden global i16, align 2
@.str.28 = external hidden unnamed_addr constant [6 x i8], align 1
@g_462 = external hidden global i64, align 8
@.str.29 = external hidden unnamed_addr constant [6 x i8], align 1
@g_539 = external hidden global i8, align 1
@.str.30 = external hidden unnamed_addr constant [6 x i8], align 1
@g_601 = external hidden global [10 x i16], align 16
@.str.31 = external hidden unnamed_addr constant [9 x i8], align 1
@g_684 = external hidden global i32, align 4
@.str.32 = external hidden unnamed_addr constant [6 x i8], align 1
@g_690 = external hidden global i32, align 4
@.str.33 = external hidden unnamed_addr constant [6 x i8], align 1
@g_1003 = external hidden global [6 x i8], align 1
@.str.34 = external hidden unnamed_addr constant [10 x i8], align 1
@g_1049 = external hidden global i32, align 4
@.str.35 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1050 = external hidden global [10 x i8], align 1
@.str.36 = external hidden unnamed_addr constant [10 x i8], align 1
@g_1180 = external hidden global i32, align 4
@.str.37 = external hidden unnamed_addr constant [7 x i8], align 1
@.str.38 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1419 = external hidden global i8, align 1
@.str.39 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1453 = external hidden global i64, align 8
@.str.40 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1468 = external hidden global i16, align 2
@.str.41 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1541 = external hidden global i16, align 2
@.str.42 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1587 = external hidden global [10 x [6 x [4 x i16]]], align 16
@.str.43 = external hidden unnamed_addr constant [16 x i8], align 1
@g_1620 = external hidden global i64, align 8
@.str.44 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1828 = external hidden global i64, align 8
@.str.45 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1862 = external hidden global i8, align 1
@.str.46 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1886 = external hidden global i16, align 2
@.str.47 = external hidden unnamed_addr constant [7 x i8], align 1
@g_1951 = external hidden global i64, align 8
@.str.48 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2210 = external hidden global i16, align 2
@.str.49 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2222 = external hidden global i32, align 4
@.str.50 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2440 = external hidden global i16, align 2
@.str.51 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2482 = external hidden global [1 x [9 x i64]], align 16
@.str.52 = external hidden unnamed_addr constant [13 x i8], align 1
@.str.53 = external hidden unnamed_addr constant [18 x i8], align 1
@.str.54 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2556 = external hidden global i8, align 1
@.str.55 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2591 = external hidden global i32, align 4
@.str.56 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2595 = external hidden global [5 x [2 x [6 x i64]]], align 16
@.str.57 = external hidden unnamed_addr constant [16 x i8], align 1
@g_2755 = external hidden global i32, align 4
@.str.58 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2756 = external hidden global i64, align 8
@.str.59 = external hidden unnamed_addr constant [7 x i8], align 1
@g_2910 = external hidden global i64, align 8
@.str.60 = external hidden unnamed_addr constant [7 x i8], align 1
@.str.61 = external hidden unnamed_addr constant [7 x i8], align 1
@g_3651 = external hidden global [4 x [2 x [5 x i32]]], align 16
@.str.62 = external hidden unnamed_addr constant [16 x i8], align 1
@g_3724 = external hidden global [8 x [8 x i8]], align 16
@.str.63 = external hidden unnamed_addr constant [13 x i8], align 1
@g_3899 = external hidden global [8 x i32], align 16
@.str.64 = external hidden unnamed_addr constant [10 x i8], align 1
@g_3937 = external hidden global i32, align 4
@.str.65 = external hidden unnamed_addr constant [7 x i8], align 1
@g_4122 = external hidden global i64, align 8
@.str.66 = external hidden unnamed_addr constant [7 x i8], align 1
@g_4182 = external hidden global i32, align 4
@.str.67 = external hidden unnamed_addr constant [7 x i8], align 1
@g_4268 = external hidden global i64, align 8
@.str.68 = external hidden unnamed_addr constant [7 x i8], align 1
@g_4693 = external hidden global i16, align 2
@.str.69 = external hidden unnamed_addr constant [7 x i8], align 1
@crc32_context = external hidden global i32, align 4

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i32 @main(i32 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 0, ptr %3, align 4
  store i32 %0, ptr %4, align 4, !tbaa !5
  store ptr %1, ptr %5, align 8, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %6) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr %7) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr %8) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr %9) #4
  store i32 0, ptr %9, align 4, !tbaa !5
  %10 = load i32, ptr %4, align 4, !tbaa !5
  %11 = icmp eq i32 %10, 2
  br i1 %11, label %12, label %19

12:                                               ; preds = %2
  %13 = load ptr, ptr %5, align 8, !tbaa !9
  %14 = getelementptr inbounds ptr, ptr %13, i64 1
  %15 = load ptr, ptr %14, align 8, !tbaa !9
  %16 = call i32 @strcmp(ptr noundef %15, ptr noundef @.str) #5
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %19

18:                                               ; preds = %12
  store i32 1, ptr %9, align 4, !tbaa !5
  br label %19

19:                                               ; preds = %18, %12, %2
  call void @platform_main_begin() #6
  call void @crc32_gentab() #6
  %20 = call i32 @func_1() #6
  %21 = load i32, ptr @g_2, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %22, ptr noundef @.str.1, i32 noundef %23) #6
  %24 = load i32, ptr @g_6, align 4, !tbaa !5
  %25 = sext i32 %24 to i64
  %26 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %25, ptr noundef @.str.2, i32 noundef %26) #6
  %27 = load i16, ptr @g_50, align 2, !tbaa !11
  %28 = zext i16 %27 to i64
  %29 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %28, ptr noundef @.str.3, i32 noundef %29) #6
  %30 = load i32, ptr @g_63, align 4, !tbaa !5
  %31 = sext i32 %30 to i64
  %32 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %31, ptr noundef @.str.4, i32 noundef %32) #6
  %33 = load i64, ptr @g_99, align 8, !tbaa !13
  %34 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %33, ptr noundef @.str.5, i32 noundef %34) #6
  %35 = load i16, ptr @g_116, align 2, !tbaa !11
  %36 = zext i16 %35 to i64
  %37 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %36, ptr noundef @.str.6, i32 noundef %37) #6
  %38 = load i64, ptr @g_126, align 8, !tbaa !13
  %39 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %38, ptr noundef @.str.7, i32 noundef %39) #6
  %40 = load i32, ptr @g_141, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %41, ptr noundef @.str.8, i32 noundef %42) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %59, %19
  %44 = load i32, ptr %6, align 4, !tbaa !5
  %45 = icmp slt i32 %44, 2
  br i1 %45, label %46, label %62

46:                                               ; preds = %43
  %47 = load i32, ptr %6, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [2 x i16], ptr @g_154, i64 0, i64 %48
  %50 = load i16, ptr %49, align 2, !tbaa !11
  %51 = sext i16 %50 to i64
  %52 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %51, ptr noundef @.str.9, i32 noundef %52) #6
  %53 = load i32, ptr %9, align 4, !tbaa !5
  %54 = icmp ne i32 %53, 0
  br i1 %54, label %55, label %58

55:                                               ; preds = %46
  %56 = load i32, ptr %6, align 4, !tbaa !5
  %57 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %56) #6
  br label %58

58:                                               ; preds = %55, %46
  br label %59

59:                                               ; preds = %58
  %60 = load i32, ptr %6, align 4, !tbaa !5
  %61 = add nsw i32 %60, 1
  store i32 %61, ptr %6, align 4, !tbaa !5
  br label %43, !llvm.loop !15

62:                                               ; preds = %43
  %63 = load i8, ptr @g_167, align 1, !tbaa !17
  %64 = sext i8 %63 to i64
  %65 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %64, ptr noundef @.str.11, i32 noundef %65) #6
  %66 = load i16, ptr @g_175, align 2, !tbaa !11
  %67 = sext i16 %66 to i64
  %68 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %67, ptr noundef @.str.12, i32 noundef %68) #6
  %69 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 95, ptr noundef @.str.13, i32 noundef %69) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %70

70:                                               ; preds = %86, %62
  %71 = load i32, ptr %6, align 4, !tbaa !5
  %72 = icmp slt i32 %71, 6
  br i1 %72, label %73, label %89

73:                                               ; preds = %70
  %74 = load i32, ptr %6, align 4, !tbaa !5
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [6 x i8], ptr @g_215, i64 0, i64 %75
  %77 = load i8, ptr %76, align 1, !tbaa !17
  %78 = sext i8 %77 to i64
  %79 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %78, ptr noundef @.str.14, i32 noundef %79) #6
  %80 = load i32, ptr %9, align 4, !tbaa !5
  %81 = icmp ne i32 %80, 0
  br i1 %81, label %82, label %85

82:                                               ; preds = %73
  %83 = load i32, ptr %6, align 4, !tbaa !5
  %84 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %83) #6
  br label %85

85:                                               ; preds = %82, %73
  br label %86

86:                                               ; preds = %85
  %87 = load i32, ptr %6, align 4, !tbaa !5
  %88 = add nsw i32 %87, 1
  store i32 %88, ptr %6, align 4, !tbaa !5
  br label %70, !llvm.loop !18

89:                                               ; preds = %70
  %90 = load i32, ptr @g_236, align 4, !tbaa !5
  %91 = sext i32 %90 to i64
  %92 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %91, ptr noundef @.str.15, i32 noundef %92) #6
  %93 = load i8, ptr @g_242, align 1, !tbaa !17
  %94 = zext i8 %93 to i64
  %95 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %94, ptr noundef @.str.16, i32 noundef %95) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %112, %89
  %97 = load i32, ptr %6, align 4, !tbaa !5
  %98 = icmp slt i32 %97, 5
  br i1 %98, label %99, label %115

99:                                               ; preds = %96
  %100 = load i32, ptr %6, align 4, !tbaa !5
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [5 x i32], ptr @g_244, i64 0, i64 %101
  %103 = load i32, ptr %102, align 4, !tbaa !5
  %104 = zext i32 %103 to i64
  %105 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %104, ptr noundef @.str.17, i32 noundef %105) #6
  %106 = load i32, ptr %9, align 4, !tbaa !5
  %107 = icmp ne i32 %106, 0
  br i1 %107, label %108, label %111

108:                                              ; preds = %99
  %109 = load i32, ptr %6, align 4, !tbaa !5
  %110 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %109) #6
  br label %111

111:                                              ; preds = %108, %99
  br label %112

112:                                              ; preds = %111
  %113 = load i32, ptr %6, align 4, !tbaa !5
  %114 = add nsw i32 %113, 1
  store i32 %114, ptr %6, align 4, !tbaa !5
  br label %96, !llvm.loop !19

115:                                              ; preds = %96
  %116 = load i8, ptr @g_247, align 1, !tbaa !17
  %117 = zext i8 %116 to i64
  %118 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %117, ptr noundef @.str.18, i32 noundef %118) #6
  %119 = load volatile i8, ptr @g_253, align 1, !tbaa !17
  %120 = sext i8 %119 to i64
  %121 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %120, ptr noundef @.str.19, i32 noundef %121) #6
  %122 = load volatile i16, ptr @g_270, align 2, !tbaa !11
  %123 = sext i16 %122 to i64
  %124 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %123, ptr noundef @.str.20, i32 noundef %124) #6
  %125 = load i16, ptr @g_271, align 2, !tbaa !11
  %126 = sext i16 %125 to i64
  %127 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %126, ptr noundef @.str.21, i32 noundef %127) #6
  %128 = load volatile i32, ptr @g_273, align 4, !tbaa !5
  %129 = zext i32 %128 to i64
  %130 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %129, ptr noundef @.str.22, i32 noundef %130) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %131

131:                                              ; preds = %171, %115
  %132 = load i32, ptr %6, align 4, !tbaa !5
  %133 = icmp slt i32 %132, 8
  br i1 %133, label %134, label %174

134:                                              ; preds = %131
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %135

135:                                              ; preds = %167, %134
  %136 = load i32, ptr %7, align 4, !tbaa !5
  %137 = icmp slt i32 %136, 7
  br i1 %137, label %138, label %170

138:                                              ; preds = %135
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %139

139:                                              ; preds = %163, %138
  %140 = load i32, ptr %8, align 4, !tbaa !5
  %141 = icmp slt i32 %140, 4
  br i1 %141, label %142, label %166

142:                                              ; preds = %139
  %143 = load i32, ptr %6, align 4, !tbaa !5
  %144 = sext i32 %143 to i64
  %145 = getelementptr inbounds [8 x [7 x [4 x i32]]], ptr @g_291, i64 0, i64 %144
  %146 = load i32, ptr %7, align 4, !tbaa !5
  %147 = sext i32 %146 to i64
  %148 = getelementptr inbounds [7 x [4 x i32]], ptr %145, i64 0, i64 %147
  %149 = load i32, ptr %8, align 4, !tbaa !5
  %150 = sext i32 %149 to i64
  %151 = getelementptr inbounds [4 x i32], ptr %148, i64 0, i64 %150
  %152 = load i32, ptr %151, align 4, !tbaa !5
  %153 = sext i32 %152 to i64
  %154 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %153, ptr noundef @.str.23, i32 noundef %154) #6
  %155 = load i32, ptr %9, align 4, !tbaa !5
  %156 = icmp ne i32 %155, 0
  br i1 %156, label %157, label %162

157:                                              ; preds = %142
  %158 = load i32, ptr %6, align 4, !tbaa !5
  %159 = load i32, ptr %7, align 4, !tbaa !5
  %160 = load i32, ptr %8, align 4, !tbaa !5
  %161 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %158, i32 noundef %159, i32 noundef %160) #6
  br label %162

162:                                              ; preds = %157, %142
  br label %163

163:                                              ; preds = %162
  %164 = load i32, ptr %8, align 4, !tbaa !5
  %165 = add nsw i32 %164, 1
  store i32 %165, ptr %8, align 4, !tbaa !5
  br label %139, !llvm.loop !20

166:                                              ; preds = %139
  br label %167

167:                                              ; preds = %166
  %168 = load i32, ptr %7, align 4, !tbaa !5
  %169 = add nsw i32 %168, 1
  store i32 %169, ptr %7, align 4, !tbaa !5
  br label %135, !llvm.loop !21

170:                                              ; preds = %135
  br label %171

171:                                              ; preds = %170
  %172 = load i32, ptr %6, align 4, !tbaa !5
  %173 = add nsw i32 %172, 1
  store i32 %173, ptr %6, align 4, !tbaa !5
  br label %131, !llvm.loop !22

174:                                              ; preds = %131
  %175 = load i32, ptr @g_309, align 4, !tbaa !5
  %176 = zext i32 %175 to i64
  %177 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %176, ptr noundef @.str.25, i32 noundef %177) #6
  %178 = load i8, ptr @g_336, align 1, !tbaa !17
  %179 = zext i8 %178 to i64
  %180 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %179, ptr noundef @.str.26, i32 noundef %180) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %181

181:                                              ; preds = %197, %174
  %182 = load i32, ptr %6, align 4, !tbaa !5
  %183 = icmp slt i32 %182, 8
  br i1 %183, label %184, label %200

184:                                              ; preds = %181
  %185 = load i32, ptr %6, align 4, !tbaa !5
  %186 = sext i32 %185 to i64
  %187 = getelementptr inbounds [8 x i16], ptr @g_342, i64 0, i64 %186
  %188 = load i16, ptr %187, align 2, !tbaa !11
  %189 = zext i16 %188 to i64
  %190 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %189, ptr noundef @.str.27, i32 noundef %190) #6
  %191 = load i32, ptr %9, align 4, !tbaa !5
  %192 = icmp ne i32 %191, 0
  br i1 %192, label %193, label %196

193:                                              ; preds = %184
  %194 = load i32, ptr %6, align 4, !tbaa !5
  %195 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %194) #6
  br label %196

196:                                              ; preds = %193, %184
  br label %197

197:                                              ; preds = %196
  %198 = load i32, ptr %6, align 4, !tbaa !5
  %199 = add nsw i32 %198, 1
  store i32 %199, ptr %6, align 4, !tbaa !5
  br label %181, !llvm.loop !23

200:                                              ; preds = %181
  %201 = load i16, ptr @g_390, align 2, !tbaa !11
  %202 = sext i16 %201 to i64
  %203 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %202, ptr noundef @.str.28, i32 noundef %203) #6
  %204 = load i64, ptr @g_462, align 8, !tbaa !13
  %205 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %204, ptr noundef @.str.29, i32 noundef %205) #6
  %206 = load i8, ptr @g_539, align 1, !tbaa !17
  %207 = sext i8 %206 to i64
  %208 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %207, ptr noundef @.str.30, i32 noundef %208) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %209

209:                                              ; preds = %225, %200
  %210 = load i32, ptr %6, align 4, !tbaa !5
  %211 = icmp slt i32 %210, 10
  br i1 %211, label %212, label %228

212:                                              ; preds = %209
  %213 = load i32, ptr %6, align 4, !tbaa !5
  %214 = sext i32 %213 to i64
  %215 = getelementptr inbounds [10 x i16], ptr @g_601, i64 0, i64 %214
  %216 = load i16, ptr %215, align 2, !tbaa !11
  %217 = sext i16 %216 to i64
  %218 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %217, ptr noundef @.str.31, i32 noundef %218) #6
  %219 = load i32, ptr %9, align 4, !tbaa !5
  %220 = icmp ne i32 %219, 0
  br i1 %220, label %221, label %224

221:                                              ; preds = %212
  %222 = load i32, ptr %6, align 4, !tbaa !5
  %223 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %222) #6
  br label %224

224:                                              ; preds = %221, %212
  br label %225

225:                                              ; preds = %224
  %226 = load i32, ptr %6, align 4, !tbaa !5
  %227 = add nsw i32 %226, 1
  store i32 %227, ptr %6, align 4, !tbaa !5
  br label %209, !llvm.loop !24

228:                                              ; preds = %209
  %229 = load i32, ptr @g_684, align 4, !tbaa !5
  %230 = sext i32 %229 to i64
  %231 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %230, ptr noundef @.str.32, i32 noundef %231) #6
  %232 = load i32, ptr @g_690, align 4, !tbaa !5
  %233 = sext i32 %232 to i64
  %234 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %233, ptr noundef @.str.33, i32 noundef %234) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %235

235:                                              ; preds = %251, %228
  %236 = load i32, ptr %6, align 4, !tbaa !5
  %237 = icmp slt i32 %236, 6
  br i1 %237, label %238, label %254

238:                                              ; preds = %235
  %239 = load i32, ptr %6, align 4, !tbaa !5
  %240 = sext i32 %239 to i64
  %241 = getelementptr inbounds [6 x i8], ptr @g_1003, i64 0, i64 %240
  %242 = load i8, ptr %241, align 1, !tbaa !17
  %243 = zext i8 %242 to i64
  %244 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %243, ptr noundef @.str.34, i32 noundef %244) #6
  %245 = load i32, ptr %9, align 4, !tbaa !5
  %246 = icmp ne i32 %245, 0
  br i1 %246, label %247, label %250

247:                                              ; preds = %238
  %248 = load i32, ptr %6, align 4, !tbaa !5
  %249 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %248) #6
  br label %250

250:                                              ; preds = %247, %238
  br label %251

251:                                              ; preds = %250
  %252 = load i32, ptr %6, align 4, !tbaa !5
  %253 = add nsw i32 %252, 1
  store i32 %253, ptr %6, align 4, !tbaa !5
  br label %235, !llvm.loop !25

254:                                              ; preds = %235
  %255 = load i32, ptr @g_1049, align 4, !tbaa !5
  %256 = zext i32 %255 to i64
  %257 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %256, ptr noundef @.str.35, i32 noundef %257) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %258

258:                                              ; preds = %274, %254
  %259 = load i32, ptr %6, align 4, !tbaa !5
  %260 = icmp slt i32 %259, 10
  br i1 %260, label %261, label %277

261:                                              ; preds = %258
  %262 = load i32, ptr %6, align 4, !tbaa !5
  %263 = sext i32 %262 to i64
  %264 = getelementptr inbounds [10 x i8], ptr @g_1050, i64 0, i64 %263
  %265 = load i8, ptr %264, align 1, !tbaa !17
  %266 = zext i8 %265 to i64
  %267 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %266, ptr noundef @.str.36, i32 noundef %267) #6
  %268 = load i32, ptr %9, align 4, !tbaa !5
  %269 = icmp ne i32 %268, 0
  br i1 %269, label %270, label %273

270:                                              ; preds = %261
  %271 = load i32, ptr %6, align 4, !tbaa !5
  %272 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %271) #6
  br label %273

273:                                              ; preds = %270, %261
  br label %274

274:                                              ; preds = %273
  %275 = load i32, ptr %6, align 4, !tbaa !5
  %276 = add nsw i32 %275, 1
  store i32 %276, ptr %6, align 4, !tbaa !5
  br label %258, !llvm.loop !26

277:                                              ; preds = %258
  %278 = load i32, ptr @g_1180, align 4, !tbaa !5
  %279 = sext i32 %278 to i64
  %280 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %279, ptr noundef @.str.37, i32 noundef %280) #6
  %281 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 65535, ptr noundef @.str.38, i32 noundef %281) #6
  %282 = load i8, ptr @g_1419, align 1, !tbaa !17
  %283 = sext i8 %282 to i64
  %284 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %283, ptr noundef @.str.39, i32 noundef %284) #6
  %285 = load volatile i64, ptr @g_1453, align 8, !tbaa !13
  %286 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %285, ptr noundef @.str.40, i32 noundef %286) #6
  %287 = load i16, ptr @g_1468, align 2, !tbaa !11
  %288 = sext i16 %287 to i64
  %289 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %288, ptr noundef @.str.41, i32 noundef %289) #6
  %290 = load i16, ptr @g_1541, align 2, !tbaa !11
  %291 = sext i16 %290 to i64
  %292 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %291, ptr noundef @.str.42, i32 noundef %292) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %293

293:                                              ; preds = %333, %277
  %294 = load i32, ptr %6, align 4, !tbaa !5
  %295 = icmp slt i32 %294, 10
  br i1 %295, label %296, label %336

296:                                              ; preds = %293
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %297

297:                                              ; preds = %329, %296
  %298 = load i32, ptr %7, align 4, !tbaa !5
  %299 = icmp slt i32 %298, 6
  br i1 %299, label %300, label %332

300:                                              ; preds = %297
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %301

301:                                              ; preds = %325, %300
  %302 = load i32, ptr %8, align 4, !tbaa !5
  %303 = icmp slt i32 %302, 4
  br i1 %303, label %304, label %328

304:                                              ; preds = %301
  %305 = load i32, ptr %6, align 4, !tbaa !5
  %306 = sext i32 %305 to i64
  %307 = getelementptr inbounds [10 x [6 x [4 x i16]]], ptr @g_1587, i64 0, i64 %306
  %308 = load i32, ptr %7, align 4, !tbaa !5
  %309 = sext i32 %308 to i64
  %310 = getelementptr inbounds [6 x [4 x i16]], ptr %307, i64 0, i64 %309
  %311 = load i32, ptr %8, align 4, !tbaa !5
  %312 = sext i32 %311 to i64
  %313 = getelementptr inbounds [4 x i16], ptr %310, i64 0, i64 %312
  %314 = load volatile i16, ptr %313, align 2, !tbaa !11
  %315 = sext i16 %314 to i64
  %316 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %315, ptr noundef @.str.43, i32 noundef %316) #6
  %317 = load i32, ptr %9, align 4, !tbaa !5
  %318 = icmp ne i32 %317, 0
  br i1 %318, label %319, label %324

319:                                              ; preds = %304
  %320 = load i32, ptr %6, align 4, !tbaa !5
  %321 = load i32, ptr %7, align 4, !tbaa !5
  %322 = load i32, ptr %8, align 4, !tbaa !5
  %323 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %320, i32 noundef %321, i32 noundef %322) #6
  br label %324

324:                                              ; preds = %319, %304
  br label %325

325:                                              ; preds = %324
  %326 = load i32, ptr %8, align 4, !tbaa !5
  %327 = add nsw i32 %326, 1
  store i32 %327, ptr %8, align 4, !tbaa !5
  br label %301, !llvm.loop !27

328:                                              ; preds = %301
  br label %329

329:                                              ; preds = %328
  %330 = load i32, ptr %7, align 4, !tbaa !5
  %331 = add nsw i32 %330, 1
  store i32 %331, ptr %7, align 4, !tbaa !5
  br label %297, !llvm.loop !28

332:                                              ; preds = %297
  br label %333

333:                                              ; preds = %332
  %334 = load i32, ptr %6, align 4, !tbaa !5
  %335 = add nsw i32 %334, 1
  store i32 %335, ptr %6, align 4, !tbaa !5
  br label %293, !llvm.loop !29

336:                                              ; preds = %293
  %337 = load i64, ptr @g_1620, align 8, !tbaa !13
  %338 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %337, ptr noundef @.str.44, i32 noundef %338) #6
  %339 = load i64, ptr @g_1828, align 8, !tbaa !13
  %340 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %339, ptr noundef @.str.45, i32 noundef %340) #6
  %341 = load volatile i8, ptr @g_1862, align 1, !tbaa !17
  %342 = zext i8 %341 to i64
  %343 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %342, ptr noundef @.str.46, i32 noundef %343) #6
  %344 = load i16, ptr @g_1886, align 2, !tbaa !11
  %345 = zext i16 %344 to i64
  %346 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %345, ptr noundef @.str.47, i32 noundef %346) #6
  %347 = load volatile i64, ptr @g_1951, align 8, !tbaa !13
  %348 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %347, ptr noundef @.str.48, i32 noundef %348) #6
  %349 = load volatile i16, ptr @g_2210, align 2, !tbaa !11
  %350 = sext i16 %349 to i64
  %351 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %350, ptr noundef @.str.49, i32 noundef %351) #6
  %352 = load i32, ptr @g_2222, align 4, !tbaa !5
  %353 = zext i32 %352 to i64
  %354 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %353, ptr noundef @.str.50, i32 noundef %354) #6
  %355 = load volatile i16, ptr @g_2440, align 2, !tbaa !11
  %356 = sext i16 %355 to i64
  %357 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %356, ptr noundef @.str.51, i32 noundef %357) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %358

358:                                              ; preds = %385, %336
  %359 = load i32, ptr %6, align 4, !tbaa !5
  %360 = icmp slt i32 %359, 1
  br i1 %360, label %361, label %388

361:                                              ; preds = %358
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %362

362:                                              ; preds = %381, %361
  %363 = load i32, ptr %7, align 4, !tbaa !5
  %364 = icmp slt i32 %363, 9
  br i1 %364, label %365, label %384

365:                                              ; preds = %362
  %366 = load i32, ptr %6, align 4, !tbaa !5
  %367 = sext i32 %366 to i64
  %368 = getelementptr inbounds [1 x [9 x i64]], ptr @g_2482, i64 0, i64 %367
  %369 = load i32, ptr %7, align 4, !tbaa !5
  %370 = sext i32 %369 to i64
  %371 = getelementptr inbounds [9 x i64], ptr %368, i64 0, i64 %370
  %372 = load i64, ptr %371, align 8, !tbaa !13
  %373 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %372, ptr noundef @.str.52, i32 noundef %373) #6
  %374 = load i32, ptr %9, align 4, !tbaa !5
  %375 = icmp ne i32 %374, 0
  br i1 %375, label %376, label %380

376:                                              ; preds = %365
  %377 = load i32, ptr %6, align 4, !tbaa !5
  %378 = load i32, ptr %7, align 4, !tbaa !5
  %379 = call i32 (ptr, ...) @printf(ptr noundef @.str.53, i32 noundef %377, i32 noundef %378) #6
  br label %380

380:                                              ; preds = %376, %365
  br label %381

381:                                              ; preds = %380
  %382 = load i32, ptr %7, align 4, !tbaa !5
  %383 = add nsw i32 %382, 1
  store i32 %383, ptr %7, align 4, !tbaa !5
  br label %362, !llvm.loop !30

384:                                              ; preds = %362
  br label %385

385:                                              ; preds = %384
  %386 = load i32, ptr %6, align 4, !tbaa !5
  %387 = add nsw i32 %386, 1
  store i32 %387, ptr %6, align 4, !tbaa !5
  br label %358, !llvm.loop !31

388:                                              ; preds = %358
  %389 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef 4294967292, ptr noundef @.str.54, i32 noundef %389) #6
  %390 = load i8, ptr @g_2556, align 1, !tbaa !17
  %391 = zext i8 %390 to i64
  %392 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %391, ptr noundef @.str.55, i32 noundef %392) #6
  %393 = load i32, ptr @g_2591, align 4, !tbaa !5
  %394 = sext i32 %393 to i64
  %395 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %394, ptr noundef @.str.56, i32 noundef %395) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %396

396:                                              ; preds = %435, %388
  %397 = load i32, ptr %6, align 4, !tbaa !5
  %398 = icmp slt i32 %397, 5
  br i1 %398, label %399, label %438

399:                                              ; preds = %396
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %400

400:                                              ; preds = %431, %399
  %401 = load i32, ptr %7, align 4, !tbaa !5
  %402 = icmp slt i32 %401, 2
  br i1 %402, label %403, label %434

403:                                              ; preds = %400
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %404

404:                                              ; preds = %427, %403
  %405 = load i32, ptr %8, align 4, !tbaa !5
  %406 = icmp slt i32 %405, 6
  br i1 %406, label %407, label %430

407:                                              ; preds = %404
  %408 = load i32, ptr %6, align 4, !tbaa !5
  %409 = sext i32 %408 to i64
  %410 = getelementptr inbounds [5 x [2 x [6 x i64]]], ptr @g_2595, i64 0, i64 %409
  %411 = load i32, ptr %7, align 4, !tbaa !5
  %412 = sext i32 %411 to i64
  %413 = getelementptr inbounds [2 x [6 x i64]], ptr %410, i64 0, i64 %412
  %414 = load i32, ptr %8, align 4, !tbaa !5
  %415 = sext i32 %414 to i64
  %416 = getelementptr inbounds [6 x i64], ptr %413, i64 0, i64 %415
  %417 = load i64, ptr %416, align 8, !tbaa !13
  %418 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %417, ptr noundef @.str.57, i32 noundef %418) #6
  %419 = load i32, ptr %9, align 4, !tbaa !5
  %420 = icmp ne i32 %419, 0
  br i1 %420, label %421, label %426

421:                                              ; preds = %407
  %422 = load i32, ptr %6, align 4, !tbaa !5
  %423 = load i32, ptr %7, align 4, !tbaa !5
  %424 = load i32, ptr %8, align 4, !tbaa !5
  %425 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %422, i32 noundef %423, i32 noundef %424) #6
  br label %426

426:                                              ; preds = %421, %407
  br label %427

427:                                              ; preds = %426
  %428 = load i32, ptr %8, align 4, !tbaa !5
  %429 = add nsw i32 %428, 1
  store i32 %429, ptr %8, align 4, !tbaa !5
  br label %404, !llvm.loop !32

430:                                              ; preds = %404
  br label %431

431:                                              ; preds = %430
  %432 = load i32, ptr %7, align 4, !tbaa !5
  %433 = add nsw i32 %432, 1
  store i32 %433, ptr %7, align 4, !tbaa !5
  br label %400, !llvm.loop !33

434:                                              ; preds = %400
  br label %435

435:                                              ; preds = %434
  %436 = load i32, ptr %6, align 4, !tbaa !5
  %437 = add nsw i32 %436, 1
  store i32 %437, ptr %6, align 4, !tbaa !5
  br label %396, !llvm.loop !34

438:                                              ; preds = %396
  %439 = load i32, ptr @g_2755, align 4, !tbaa !5
  %440 = zext i32 %439 to i64
  %441 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %440, ptr noundef @.str.58, i32 noundef %441) #6
  %442 = load volatile i64, ptr @g_2756, align 8, !tbaa !13
  %443 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %442, ptr noundef @.str.59, i32 noundef %443) #6
  %444 = load volatile i64, ptr @g_2910, align 8, !tbaa !13
  %445 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %444, ptr noundef @.str.60, i32 noundef %445) #6
  %446 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef -1998453999, ptr noundef @.str.61, i32 noundef %446) #6
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %447

447:                                              ; preds = %487, %438
  %448 = load i32, ptr %6, align 4, !tbaa !5
  %449 = icmp slt i32 %448, 4
  br i1 %449, label %450, label %490

450:                                              ; preds = %447
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %451

451:                                              ; preds = %483, %450
  %452 = load i32, ptr %7, align 4, !tbaa !5
  %453 = icmp slt i32 %452, 2
  br i1 %453, label %454, label %486

454:                                              ; preds = %451
  store i32 0, ptr %8, align 4, !tbaa !5
  br label %455

455:                                              ; preds = %479, %454
  %456 = load i32, ptr %8, align 4, !tbaa !5
  %457 = icmp slt i32 %456, 5
  br i1 %457, label %458, label %482

458:                                              ; preds = %455
  %459 = load i32, ptr %6, align 4, !tbaa !5
  %460 = sext i32 %459 to i64
  %461 = getelementptr inbounds [4 x [2 x [5 x i32]]], ptr @g_3651, i64 0, i64 %460
  %462 = load i32, ptr %7, align 4, !tbaa !5
  %463 = sext i32 %462 to i64
  %464 = getelementptr inbounds [2 x [5 x i32]], ptr %461, i64 0, i64 %463
  %465 = load i32, ptr %8, align 4, !tbaa !5
  %466 = sext i32 %465 to i64
  %467 = getelementptr inbounds [5 x i32], ptr %464, i64 0, i64 %466
  %468 = load volatile i32, ptr %467, align 4, !tbaa !5
  %469 = zext i32 %468 to i64
  %470 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %469, ptr noundef @.str.62, i32 noundef %470) #6
  %471 = load i32, ptr %9, align 4, !tbaa !5
  %472 = icmp ne i32 %471, 0
  br i1 %472, label %473, label %478

473:                                              ; preds = %458
  %474 = load i32, ptr %6, align 4, !tbaa !5
  %475 = load i32, ptr %7, align 4, !tbaa !5
  %476 = load i32, ptr %8, align 4, !tbaa !5
  %477 = call i32 (ptr, ...) @printf(ptr noundef @.str.24, i32 noundef %474, i32 noundef %475, i32 noundef %476) #6
  br label %478

478:                                              ; preds = %473, %458
  br label %479

479:                                              ; preds = %478
  %480 = load i32, ptr %8, align 4, !tbaa !5
  %481 = add nsw i32 %480, 1
  store i32 %481, ptr %8, align 4, !tbaa !5
  br label %455, !llvm.loop !35

482:                                              ; preds = %455
  br label %483

483:                                              ; preds = %482
  %484 = load i32, ptr %7, align 4, !tbaa !5
  %485 = add nsw i32 %484, 1
  store i32 %485, ptr %7, align 4, !tbaa !5
  br label %451, !llvm.loop !36

486:                                              ; preds = %451
  br label %487

487:                                              ; preds = %486
  %488 = load i32, ptr %6, align 4, !tbaa !5
  %489 = add nsw i32 %488, 1
  store i32 %489, ptr %6, align 4, !tbaa !5
  br label %447, !llvm.loop !37

490:                                              ; preds = %447
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %491

491:                                              ; preds = %519, %490
  %492 = load i32, ptr %6, align 4, !tbaa !5
  %493 = icmp slt i32 %492, 8
  br i1 %493, label %494, label %522

494:                                              ; preds = %491
  store i32 0, ptr %7, align 4, !tbaa !5
  br label %495

495:                                              ; preds = %515, %494
  %496 = load i32, ptr %7, align 4, !tbaa !5
  %497 = icmp slt i32 %496, 8
  br i1 %497, label %498, label %518

498:                                              ; preds = %495
  %499 = load i32, ptr %6, align 4, !tbaa !5
  %500 = sext i32 %499 to i64
  %501 = getelementptr inbounds [8 x [8 x i8]], ptr @g_3724, i64 0, i64 %500
  %502 = load i32, ptr %7, align 4, !tbaa !5
  %503 = sext i32 %502 to i64
  %504 = getelementptr inbounds [8 x i8], ptr %501, i64 0, i64 %503
  %505 = load volatile i8, ptr %504, align 1, !tbaa !17
  %506 = zext i8 %505 to i64
  %507 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %506, ptr noundef @.str.63, i32 noundef %507) #6
  %508 = load i32, ptr %9, align 4, !tbaa !5
  %509 = icmp ne i32 %508, 0
  br i1 %509, label %510, label %514

510:                                              ; preds = %498
  %511 = load i32, ptr %6, align 4, !tbaa !5
  %512 = load i32, ptr %7, align 4, !tbaa !5
  %513 = call i32 (ptr, ...) @printf(ptr noundef @.str.53, i32 noundef %511, i32 noundef %512) #6
  br label %514

514:                                              ; preds = %510, %498
  br label %515

515:                                              ; preds = %514
  %516 = load i32, ptr %7, align 4, !tbaa !5
  %517 = add nsw i32 %516, 1
  store i32 %517, ptr %7, align 4, !tbaa !5
  br label %495, !llvm.loop !38

518:                                              ; preds = %495
  br label %519

519:                                              ; preds = %518
  %520 = load i32, ptr %6, align 4, !tbaa !5
  %521 = add nsw i32 %520, 1
  store i32 %521, ptr %6, align 4, !tbaa !5
  br label %491, !llvm.loop !39

522:                                              ; preds = %491
  store i32 0, ptr %6, align 4, !tbaa !5
  br label %523

523:                                              ; preds = %539, %522
  %524 = load i32, ptr %6, align 4, !tbaa !5
  %525 = icmp slt i32 %524, 8
  br i1 %525, label %526, label %542

526:                                              ; preds = %523
  %527 = load i32, ptr %6, align 4, !tbaa !5
  %528 = sext i32 %527 to i64
  %529 = getelementptr inbounds [8 x i32], ptr @g_3899, i64 0, i64 %528
  %530 = load i32, ptr %529, align 4, !tbaa !5
  %531 = sext i32 %530 to i64
  %532 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %531, ptr noundef @.str.64, i32 noundef %532) #6
  %533 = load i32, ptr %9, align 4, !tbaa !5
  %534 = icmp ne i32 %533, 0
  br i1 %534, label %535, label %538

535:                                              ; preds = %526
  %536 = load i32, ptr %6, align 4, !tbaa !5
  %537 = call i32 (ptr, ...) @printf(ptr noundef @.str.10, i32 noundef %536) #6
  br label %538

538:                                              ; preds = %535, %526
  br label %539

539:                                              ; preds = %538
  %540 = load i32, ptr %6, align 4, !tbaa !5
  %541 = add nsw i32 %540, 1
  store i32 %541, ptr %6, align 4, !tbaa !5
  br label %523, !llvm.loop !40

542:                                              ; preds = %523
  %543 = load volatile i32, ptr @g_3937, align 4, !tbaa !5
  %544 = sext i32 %543 to i64
  %545 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %544, ptr noundef @.str.65, i32 noundef %545) #6
  %546 = load i64, ptr @g_4122, align 8, !tbaa !13
  %547 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %546, ptr noundef @.str.66, i32 noundef %547) #6
  %548 = load volatile i32, ptr @g_4182, align 4, !tbaa !5
  %549 = sext i32 %548 to i64
  %550 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %549, ptr noundef @.str.67, i32 noundef %550) #6
  %551 = load i64, ptr @g_4268, align 8, !tbaa !13
  %552 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %551, ptr noundef @.str.68, i32 noundef %552) #6
  %553 = load i16, ptr @g_4693, align 2, !tbaa !11
  %554 = zext i16 %553 to i64
  %555 = load i32, ptr %9, align 4, !tbaa !5
  call void @transparent_crc(i64 noundef %554, ptr noundef @.str.69, i32 noundef %555) #6
  %556 = load i32, ptr @crc32_context, align 4, !tbaa !5
  %557 = zext i32 %556 to i64
  %558 = xor i64 %557, 4294967295
  %559 = trunc i64 %558 to i32
  %560 = load i32, ptr %9, align 4, !tbaa !5
  call void @platform_main_end(i32 noundef %559, i32 noundef %560) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr %9) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %8) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %7) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr %6) #4
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: minsize nounwind optsize willreturn memory(read)
declare i32 @strcmp(ptr noundef, ptr noundef) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden void @platform_main_begin() #0

; Function Attrs: minsize nounwind optsize uwtable
declare hidden void @crc32_gentab() #0

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i32 @func_1() #0

; Function Attrs: minsize nounwind optsize uwtable
declare hidden void @transparent_crc(i64 noundef, ptr noundef, i32 noundef) #0

; Function Attrs: minsize optsize
declare i32 @printf(ptr noundef, ...) #3

; Function Attrs: minsize nounwind optsize uwtable
declare hidden void @platform_main_end(i32 noundef, i32 noundef) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { minsize nounwind optsize willreturn memory(read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }
attributes #5 = { minsize nounwind optsize willreturn memory(read) }
attributes #6 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"any pointer", !7, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"short", !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"long", !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !16}
!19 = distinct !{!19, !16}
!20 = distinct !{!20, !16}
!21 = distinct !{!21, !16}
!22 = distinct !{!22, !16}
!23 = distinct !{!23, !16}
!24 = distinct !{!24, !16}
!25 = distinct !{!25, !16}
!26 = distinct !{!26, !16}
!27 = distinct !{!27, !16}
!28 = distinct !{!28, !16}
!29 = distinct !{!29, !16}
!30 = distinct !{!30, !16}
!31 = distinct !{!31, !16}
!32 = distinct !{!32, !16}
!33 = distinct !{!33, !16}
!34 = distinct !{!34, !16}
!35 = distinct !{!35, !16}
!36 = distinct !{!36, !16}
!37 = distinct !{!37, !16}
!38 = distinct !{!38, !16}
!39 = distinct !{!39, !16}
!40 = distinct !{!40, !16}
