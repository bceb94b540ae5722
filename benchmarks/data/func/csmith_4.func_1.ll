; ModuleID = '/tmp/llmopt-split-m_172vdq/in.ll'
source_filename = "/tmp/tmps278s5nn/csmith_4.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.S2 = type { i64 }
%struct.S1 = type { i32, i32 }
%struct.S0 = type { i32, i8, i8, i32, i8, i64, i32, i32, i16 }
%struct.S3 = type { %struct.S0, i8, i16, i32 }

@g_2 = external hidden global i16, align 2
@g_26 = external hidden global i32, align 4
@g_131 = external hidden global i32, align 4
@g_231 = external hidden global [6 x i16], align 2
@g_478 = external hidden global i32, align 4
@__const.func_1.l_1954 = external hidden unnamed_addr constant { i32, i8, i8, i8, i8 }, align 1
@__const.func_1.l_2016 = external hidden unnamed_addr constant [7 x [8 x i32]], align 16
@__const.func_1.l_19 = external hidden unnamed_addr constant [1 x [8 x [3 x i16]]], align 16
@__const.func_1.l_27 = external hidden unnamed_addr constant [9 x [2 x [3 x ptr]]], align 16
@g_799 = external hidden global ptr, align 8
@g_787 = external hidden global ptr, align 8
@__const.func_1.l_1953 = external hidden unnamed_addr constant [4 x [7 x i32]], align 16
@__const.func_1.l_1955 = external hidden unnamed_addr constant [9 x [3 x ptr]], align 16
@__const.func_1.l_1957 = external hidden unnamed_addr constant [8 x [10 x i16]], align 16
@__const.func_1.l_1969 = external hidden unnamed_addr constant [4 x [6 x [7 x i64]]], align 16
@g_953 = external hidden global ptr, align 8
@g_3 = external hidden global { i8, i8, i8, i8, i8, i8, i8, i8 }, align 1
@g_694 = external hidden global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }, align 8
@g_870 = external hidden global { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, align 8
@g_882 = external hidden global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }, align 8
@g_894 = external hidden global { i8, i8, i8, i8, i8, i8, i8, i8 }, align 1
@g_1262 = external hidden global [8 x [3 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }]], align 16
@g_2047 = external hidden global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }, align 8
@g_2049 = external hidden global [9 x { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }], align 16
@g_2051 = external hidden global { { i32, i8, i8, i32, i8, i64, i8, i8, i8, i32, i16 }, i8, i16, i32 }, align 8
@g_2090 = external hidden global { i8, i8, i8, i8, i8, i8, i8, i8 }, align 1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: minsize nounwind optsize uwtable
define hidden i64 @func_1() #1 {
  %1 = alloca %struct.S2, align 1
  %2 = alloca i32, align 4
  %3 = alloca %struct.S1, align 1
  %4 = alloca i8, align 1
  %5 = alloca [7 x [8 x i32]], align 16
  %6 = alloca ptr, align 8
  %7 = alloca ptr, align 8
  %8 = alloca ptr, align 8
  %9 = alloca [10 x i32], align 16
  %10 = alloca ptr, align 8
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca [1 x [8 x [3 x i16]]], align 16
  %15 = alloca ptr, align 8
  %16 = alloca [9 x [2 x [3 x ptr]]], align 16
  %17 = alloca i8, align 1
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca %struct.S1, align 1
  %22 = alloca ptr, align 8
  %23 = alloca ptr, align 8
  %24 = alloca ptr, align 8
  %25 = alloca [4 x [7 x i32]], align 16
  %26 = alloca [9 x [3 x ptr]], align 16
  %27 = alloca [8 x [10 x i16]], align 16
  %28 = alloca ptr, align 8
  %29 = alloca ptr, align 8
  %30 = alloca [4 x [6 x [7 x i64]]], align 16
  %31 = alloca ptr, align 8
  %32 = alloca ptr, align 8
  %33 = alloca i32, align 4
  %34 = alloca i32, align 4
  %35 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr %2) #3
  store i32 -1131388029, ptr %2, align 4, !tbaa !5
  call void @llvm.lifetime.start.p0(i64 8, ptr %3) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %3, ptr align 1 @__const.func_1.l_1954, i64 8, i1 false)
  call void @llvm.lifetime.start.p0(i64 1, ptr %4) #3
  store i8 -68, ptr %4, align 1, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 224, ptr %5) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.func_1.l_2016, i64 224, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %6) #3
  store ptr @g_2047, ptr %6, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr %7) #3
  store ptr @g_2049, ptr %7, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr %8) #3
  store ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), ptr %8, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 40, ptr %9) #3
  call void @llvm.lifetime.start.p0(i64 8, ptr %10) #3
  store ptr @g_131, ptr %10, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 4, ptr %11) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %12) #3
  store i32 0, ptr %11, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %43, %0
  %37 = load i32, ptr %11, align 4, !tbaa !5
  %38 = icmp slt i32 %37, 10
  br i1 %38, label %39, label %46

39:                                               ; preds = %36
  %40 = load i32, ptr %11, align 4, !tbaa !5
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [10 x i32], ptr %9, i64 0, i64 %41
  store i32 8, ptr %42, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %39
  %44 = load i32, ptr %11, align 4, !tbaa !5
  %45 = add nsw i32 %44, 1
  store i32 %45, ptr %11, align 4, !tbaa !5
  br label %36, !llvm.loop !12

46:                                               ; preds = %36
  %47 = load volatile i16, ptr @g_2, align 2, !tbaa !14
  %48 = icmp ne i16 %47, 0
  br i1 %48, label %49, label %50

49:                                               ; preds = %46
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1, ptr align 1 @g_3, i64 8, i1 false), !tbaa.struct !16
  store i32 1, ptr %13, align 4
  br label %139

50:                                               ; preds = %46
  call void @llvm.lifetime.start.p0(i64 48, ptr %14) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %14, ptr align 16 @__const.func_1.l_19, i64 48, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %15) #3
  store ptr @g_26, ptr %15, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 432, ptr %16) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %16, ptr align 16 @__const.func_1.l_27, i64 432, i1 false)
  call void @llvm.lifetime.start.p0(i64 1, ptr %17) #3
  store i8 97, ptr %17, align 1, !tbaa !9
  call void @llvm.lifetime.start.p0(i64 4, ptr %18) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %19) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %20) #3
  %51 = load ptr, ptr @g_799, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr %21) #3
  %52 = getelementptr inbounds [1 x [8 x [3 x i16]]], ptr %14, i64 0, i64 0
  %53 = getelementptr inbounds [8 x [3 x i16]], ptr %52, i64 0, i64 1
  %54 = getelementptr inbounds [3 x i16], ptr %53, i64 0, i64 1
  %55 = load i16, ptr %54, align 2, !tbaa !14
  %56 = zext i16 %55 to i64
  %57 = icmp ule i64 4, %56
  %58 = zext i1 %57 to i32
  %59 = trunc i32 %58 to i16
  %60 = load i64, ptr @g_3, align 1
  %61 = shl i64 %60, 44
  %62 = ashr i64 %61, 44
  %63 = trunc i64 %62 to i32
  %64 = load ptr, ptr %15, align 8, !tbaa !10
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = or i32 %65, %63
  store i32 %66, ptr %64, align 4, !tbaa !5
  %67 = zext i32 %66 to i64
  %68 = load i64, ptr @g_3, align 1
  %69 = and i64 %67, 1048575
  %70 = and i64 %68, -1048576
  %71 = or i64 %70, %69
  store i64 %71, ptr @g_3, align 1
  %72 = shl i64 %69, 44
  %73 = ashr i64 %72, 44
  %74 = trunc i64 %73 to i32
  %75 = load i32, ptr %2, align 4, !tbaa !5
  %76 = icmp ule i32 %74, %75
  %77 = zext i1 %76 to i32
  %78 = call zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext 14182, i32 noundef 9) #4
  %79 = zext i16 %78 to i32
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %81, label %87

81:                                               ; preds = %50
  %82 = load i64, ptr @g_3, align 1
  %83 = shl i64 %82, 25
  %84 = ashr i64 %83, 45
  %85 = trunc i64 %84 to i32
  %86 = icmp ne i32 %85, 0
  br label %87

87:                                               ; preds = %81, %50
  %88 = phi i1 [ false, %50 ], [ %86, %81 ]
  %89 = zext i1 %88 to i32
  %90 = sext i32 %89 to i64
  %91 = call i64 @safe_add_func_int64_t_s_s(i64 noundef -4, i64 noundef %90) #4
  %92 = trunc i64 %91 to i8
  %93 = call signext i16 @func_30(i8 noundef signext %92) #4
  %94 = sext i16 %93 to i64
  %95 = icmp sge i64 %94, 6983
  %96 = zext i1 %95 to i32
  %97 = icmp sle i32 %77, %96
  %98 = zext i1 %97 to i32
  %99 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_694, i32 0, i32 3), align 8, !tbaa !17
  %100 = load ptr, ptr @g_787, align 8, !tbaa !10
  %101 = load i32, ptr %100, align 4, !tbaa !5
  %102 = load i32, ptr @g_478, align 4, !tbaa !5
  %103 = trunc i32 %102 to i8
  %104 = call signext i16 @func_20(i32 noundef %98, i32 noundef %99, i32 noundef %101, i8 noundef zeroext %103) #4
  %105 = call signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext %59, i16 noundef signext %104) #4
  %106 = trunc i16 %105 to i8
  %107 = load i8, ptr %17, align 1, !tbaa !9
  %108 = zext i8 %107 to i32
  %109 = load i16, ptr getelementptr inbounds (%struct.S3, ptr @g_694, i32 0, i32 2), align 2, !tbaa !21
  %110 = trunc i16 %109 to i8
  %111 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_870, i32 0, i32 5), align 8, !tbaa !22
  %112 = trunc i64 %111 to i32
  %113 = call zeroext i16 @func_12(i8 noundef signext %106, i32 noundef %108, i8 noundef zeroext %110, i32 noundef %112) #4
  %114 = load i32, ptr %2, align 4, !tbaa !5
  %115 = call zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext %113, i32 noundef %114) #4
  %116 = zext i16 %115 to i32
  %117 = load ptr, ptr @g_799, align 8, !tbaa !10
  %118 = load i32, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 3), align 8, !tbaa !17
  %119 = trunc i32 %118 to i8
  %120 = load i64, ptr @g_894, align 1
  %121 = ashr i64 %120, 57
  %122 = trunc i64 %121 to i32
  %123 = trunc i32 %122 to i8
  %124 = load i16, ptr getelementptr inbounds ([6 x i16], ptr @g_231, i64 0, i64 5), align 2, !tbaa !14
  %125 = sext i16 %124 to i32
  %126 = load i64, ptr %117, align 1
  %127 = call i64 @func_4(i32 noundef %116, i64 %126, i8 noundef signext %119, i8 noundef zeroext %123, i32 noundef %125) #4
  store i64 %127, ptr %21, align 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %51, ptr align 1 %21, i64 8, i1 false), !tbaa.struct !23
  call void @llvm.lifetime.end.p0(i64 8, ptr %21) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %20) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %19) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %18) #3
  call void @llvm.lifetime.end.p0(i64 1, ptr %17) #3
  call void @llvm.lifetime.end.p0(i64 432, ptr %16) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %15) #3
  call void @llvm.lifetime.end.p0(i64 48, ptr %14) #3
  br label %128

128:                                              ; preds = %87
  store i64 0, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !24
  br label %129

129:                                              ; preds = %133, %128
  %130 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !24
  %131 = icmp ule i64 %130, 8
  br i1 %131, label %132, label %136

132:                                              ; preds = %129
  call void @llvm.lifetime.start.p0(i64 8, ptr %22) #3
  store ptr getelementptr inbounds (%struct.S3, ptr @g_1262, i32 0, i32 2), ptr %22, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr %23) #3
  store ptr %22, ptr %23, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr %24) #3
  store ptr %23, ptr %24, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 112, ptr %25) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %25, ptr align 16 @__const.func_1.l_1953, i64 112, i1 false)
  call void @llvm.lifetime.start.p0(i64 216, ptr %26) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %26, ptr align 16 @__const.func_1.l_1955, i64 216, i1 false)
  call void @llvm.lifetime.start.p0(i64 160, ptr %27) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %27, ptr align 16 @__const.func_1.l_1957, i64 160, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %28) #3
  store ptr null, ptr %28, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr %29) #3
  store ptr %28, ptr %29, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 1344, ptr %30) #3
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %30, ptr align 16 @__const.func_1.l_1969, i64 1344, i1 false)
  call void @llvm.lifetime.start.p0(i64 8, ptr %31) #3
  store ptr null, ptr %31, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 8, ptr %32) #3
  store ptr @g_2051, ptr %32, align 8, !tbaa !10
  call void @llvm.lifetime.start.p0(i64 4, ptr %33) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %34) #3
  call void @llvm.lifetime.start.p0(i64 4, ptr %35) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %35) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %34) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %33) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %32) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %31) #3
  call void @llvm.lifetime.end.p0(i64 1344, ptr %30) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %29) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %28) #3
  call void @llvm.lifetime.end.p0(i64 160, ptr %27) #3
  call void @llvm.lifetime.end.p0(i64 216, ptr %26) #3
  call void @llvm.lifetime.end.p0(i64 112, ptr %25) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %24) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %23) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %22) #3
  br label %133

133:                                              ; preds = %132
  %134 = load i64, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !24
  %135 = add i64 %134, 1
  store i64 %135, ptr getelementptr inbounds (%struct.S0, ptr @g_882, i32 0, i32 5), align 8, !tbaa !24
  br label %129, !llvm.loop !25

136:                                              ; preds = %129
  %137 = load ptr, ptr %10, align 8, !tbaa !10
  %138 = load ptr, ptr @g_953, align 8, !tbaa !10
  store ptr %137, ptr %138, align 8, !tbaa !10
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %1, ptr align 1 @g_2090, i64 8, i1 false), !tbaa.struct !16
  store i32 1, ptr %13, align 4
  br label %139

139:                                              ; preds = %136, %49
  call void @llvm.lifetime.end.p0(i64 4, ptr %12) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %11) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %10) #3
  call void @llvm.lifetime.end.p0(i64 40, ptr %9) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %8) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %7) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %6) #3
  call void @llvm.lifetime.end.p0(i64 224, ptr %5) #3
  call void @llvm.lifetime.end.p0(i64 1, ptr %4) #3
  call void @llvm.lifetime.end.p0(i64 8, ptr %3) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr %2) #3
  %140 = getelementptr inbounds %struct.S2, ptr %1, i32 0, i32 0
  %141 = load i64, ptr %140, align 1
  ret i64 %141
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #0

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #2

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @func_4(i32 noundef, i64, i8 noundef signext, i8 noundef zeroext, i32 noundef) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_rshift_func_uint16_t_u_u(i16 noundef zeroext, i32 noundef) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @func_12(i8 noundef signext, i32 noundef, i8 noundef zeroext, i32 noundef) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @safe_sub_func_int16_t_s_s(i16 noundef signext, i16 noundef signext) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @func_20(i32 noundef, i32 noundef, i32 noundef, i8 noundef zeroext) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden signext i16 @func_30(i8 noundef signext) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden i64 @safe_add_func_int64_t_s_s(i64 noundef, i64 noundef) #1

; Function Attrs: minsize nounwind optsize uwtable
declare hidden zeroext i16 @safe_rshift_func_uint16_t_u_s(i16 noundef zeroext, i32 noundef) #1

attributes #0 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #1 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind }
attributes #4 = { minsize optsize }

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
!9 = !{!7, !7, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"short", !7, i64 0}
!16 = !{i64 0, i64 8, !9}
!17 = !{!18, !6, i64 8}
!18 = !{!"S3", !19, i64 0, !7, i64 40, !15, i64 42, !6, i64 44}
!19 = !{!"S0", !6, i64 0, !7, i64 4, !6, i64 5, !6, i64 8, !7, i64 12, !20, i64 16, !6, i64 24, !6, i64 28, !15, i64 32}
!20 = !{!"long", !7, i64 0}
!21 = !{!18, !15, i64 42}
!22 = !{!19, !20, i64 16}
!23 = !{i64 0, i64 4, !5, i64 4, i64 4, !9}
!24 = !{!18, !20, i64 16}
!25 = distinct !{!25, !13}
